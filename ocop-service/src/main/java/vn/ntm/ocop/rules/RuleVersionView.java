package vn.ntm.ocop.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule version with every number it sets and where each comes from. */
@Schema(name = "OcopRuleVersion")
public record RuleVersionView(
        @Schema(example = "QD_148_2023") String code,
        String title,
        @Schema(example = "QĐ 148/QĐ-TTg ngày 24/02/2023") String legalSource,
        String sourceUrl,
        @Schema(example = "2023-02-24") LocalDate effectiveFrom,
        @Schema(description = "Last day in force; null while in force.", example = "2025-07-05") LocalDate effectiveTo,
        @Schema(example = "40.00") BigDecimal partAMaximum,
        @Schema(example = "25.00") BigDecimal partBMaximum,
        @Schema(example = "35.00") BigDecimal partCMaximum,
        List<StarBand> starBands,
        List<CouncilPower> councils,
        List<MandatoryCriterion> mandatoryCriteria,
        String note) {

    static RuleVersionView of(RuleSet r) {
        return new RuleVersionView(r.code(), r.title(), r.legalSource(), r.sourceUrl(), r.effectiveFrom(), r.effectiveTo(),
                r.maximum(ScorePart.A), r.maximum(ScorePart.B), r.maximum(ScorePart.C), r.bands(),
                java.util.Arrays.stream(CouncilLevel.values()).map(r::power).toList(), r.mandatoryCriteria(), r.note());
    }
}
