package vn.ntm.common.privacy;

import java.util.List;
import java.util.Objects;

/**
 * One read of personal data, as the disclosure log keeps it (Law 91/2025/QH15: who saw which records, when, for what).
 *
 * @param category    what kind of personal data was read, in the owning service's words (e.g. {@code SURVEY_ANSWERS},
 *                    {@code CONTRIBUTOR_NAMES}, {@code SUBJECT_CONTACTS}); the service's README lists its categories
 * @param channel     {@link #READ} for an API read, {@link #EXPORT} for a file that leaves the platform
 * @param purpose     the purpose the data was read under: the record's own recorded purpose for a read, the purpose the
 *                    requester stated for an export
 * @param recordType  the type of the records read (e.g. {@code survey}, {@code campaign}, {@code subject})
 * @param recordIds   the ids of the records read, never their contents
 * @param provinceCode the province the records belong to (2-digit GSO code), for the log's scoped views; may be null
 * @param communeCode the commune the records belong to (5-digit GSO code); may be null
 */
public record Disclosure(String category, String channel, String purpose, String recordType, List<String> recordIds,
        String provinceCode, String communeCode) {

    public static final String READ = "READ";
    public static final String EXPORT = "EXPORT";

    public Disclosure {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recordType, "recordType");
        recordIds = List.copyOf(recordIds);
    }

    public static Disclosure read(String category, String purpose, String recordType, List<String> recordIds,
            String provinceCode, String communeCode) {
        return new Disclosure(category, READ, purpose, recordType, recordIds, provinceCode, communeCode);
    }

    public static Disclosure export(String category, String purpose, String recordType, List<String> recordIds,
            String provinceCode, String communeCode) {
        return new Disclosure(category, EXPORT, purpose, recordType, recordIds, provinceCode, communeCode);
    }
}
