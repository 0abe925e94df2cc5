package vn.ntm.ocop.statistics;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OCOP figures for a province (or the whole country) as of a date, and the movements of a period. */
@Schema(name = "OcopStatistics")
public record OcopStatistics(
        @Schema(description = "null for the whole country.", example = "30") String provinceCode,
        @Schema(example = "2025-07-01") LocalDate asOf,
        @Schema(example = "2025-01-01") LocalDate from,
        @Schema(example = "2025-06-30") LocalDate to,
        @Schema(description = "Products with a certificate in force on asOf.", example = "351") long activeProducts,
        @Schema(description = "In force on asOf, by stars (\"3\", \"4\", \"5\").") Map<String, Long> byStars,
        @Schema(description = "In force on asOf, by product group (all six groups).") Map<String, Long> byGroup,
        @Schema(description = "In force on asOf, by subject type (all four types).") Map<String, Long> bySubjectType,
        @Schema(description = "Products proposed for 5 stars and waiting for the central council (today, not as of).", example = "2")
        long proposedForFiveStars,
        Period period) {

    /** Movements between from and to (inclusive). */
    @Schema(name = "OcopStatisticsPeriod")
    public record Period(
            @Schema(description = "First certificates of products issued in the period.", example = "117") long newlyCertified,
            @Schema(description = "Certificates issued in the period to products certified before (re-evaluation, upgrade, downgrade).", example = "18")
            long reEvaluated,
            @Schema(description = "Certificates whose validity ended in the period without revocation or supersession.", example = "9") long expired,
            @Schema(description = "Certificates revoked in the period.", example = "1") long revoked) {
    }
}
