package vn.ntm.common.privacy;

import java.time.Instant;

/**
 * What a reader of the disclosure log asks for; every field is optional. {@code provinceCode} and {@code communeCode}
 * are the reader's scope, set by the service from the caller's token, never from the query alone.
 */
public record DisclosureFilter(String category, String recordType, String recordId, String actor, String provinceCode,
        String communeCode, Instant from, Instant to) {

    public static DisclosureFilter ofRecord(String recordType, String recordId) {
        return new DisclosureFilter(null, recordType, recordId, null, null, null, null, null);
    }

    public DisclosureFilter withinProvince(String province) {
        return new DisclosureFilter(category, recordType, recordId, actor, province, communeCode, from, to);
    }

    public DisclosureFilter withinCommune(String commune) {
        return new DisclosureFilter(category, recordType, recordId, actor, provinceCode, commune, from, to);
    }
}
