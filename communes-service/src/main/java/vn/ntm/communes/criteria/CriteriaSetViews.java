package vn.ntm.communes.criteria;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/** API answers of the criteria-set endpoints. */
public final class CriteriaSetViews {

    private CriteriaSetViews() {
    }

    /** One version of a criteria set with what an officer must know about its data. */
    @Schema(name = "CriteriaSetView")
    public record CriteriaSetView(
            @Schema(example = "QD318-NTM-2021-2025") String code,
            @Schema(example = "1") int version,
            @Schema(description = "Newest version of this code.", example = "1") int latestVersion,
            Level level,
            @Schema(example = "2021") int periodFrom,
            @Schema(example = "2025") int periodTo,
            @Schema(description = "Overlay only.") String baseCode,
            @Schema(description = "Overlay only.", example = "30") String provinceCode,
            Instant publishedAt,
            @Schema(example = "flyway V31") String publishedBy,
            @Schema(description = "Some assessment is evaluated against this version: it can no longer change.") boolean inUse,
            @Schema(description = "DRAFT (editable, evaluated only as a simulation), PUBLISHED, or SUPERSEDED (a newer published version is in force).") String status,
            @Schema(description = "First day on which this version applies to assessments; absent: the whole period.", example = "2026-02-15") java.time.LocalDate effectiveFrom,
            DataQuality dataQuality,
            CriteriaSetDocument definition) {
    }

    /** A line of the listing. */
    @Schema(name = "CriteriaSetSummary")
    public record CriteriaSetSummary(
            @Schema(example = "QD318-NTM-2021-2025") String code,
            @Schema(example = "1") int version,
            Level level,
            @Schema(example = "2021") int periodFrom,
            @Schema(example = "2025") int periodTo,
            @Schema(example = "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025") String titleVi,
            String titleEn,
            @Schema(example = "Quyết định số 318/QĐ-TTg ngày 08/03/2022 của Thủ tướng Chính phủ") String legalBasis,
            String baseCode,
            String provinceCode,
            Instant publishedAt,
            DataQuality dataQuality) {
    }

    /**
     * How much of the set is confirmed: thresholds loaded as {@code verified: false} and numeric indicators with
     * no threshold must be confirmed by a province officer before an evaluation can be relied on.
     */
    @Schema(name = "CriteriaSetDataQuality")
    public record DataQuality(
            @Schema(example = "19") int criteria,
            @Schema(example = "57") int indicators,
            @Schema(example = "28") int numericIndicators,
            @Schema(example = "25") int numericIndicatorsWithoutThreshold,
            @Schema(example = "2") int unverifiedThresholds,
            @Schema(description = "Codes of indicators that have an unverified threshold.") List<String> indicatorsWithUnverifiedThresholds,
            @Schema(description = "Codes of numeric indicators with no threshold (evaluated as MISSING).") List<String> indicatorsWithoutThreshold,
            @Schema(description = "What to confirm, in words.") List<String> warnings,
            @Schema(description = "Indicators whose text and thresholds are all confirmed.", example = "0") int verifiedIndicators,
            @Schema(description = "Indicators with an unconfirmed text (verified: false) or an unconfirmed threshold.", example = "10") int unverifiedIndicators,
            @Schema(description = "Codes of indicators whose text itself is not confirmed (verified: false).") List<String> indicatorsWithUnverifiedText) {
    }
}
