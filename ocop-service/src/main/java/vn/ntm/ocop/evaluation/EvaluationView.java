package vn.ntm.ocop.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.rules.CouncilLevel;
import vn.ntm.ocop.rules.RatingOutcome;

/** An evaluation with its score sheets, mandatory criteria and (provisional or decided) result. For officials. */
@Schema(name = "OcopEvaluationView")
public record EvaluationView(
        UUID id,
        UUID productId,
        @Schema(example = "Vải thiều Thanh Hà") String productName,
        CouncilLevel councilLevel,
        String councilName,
        LocalDate evaluationDate,
        RuleSummary rules,
        EvaluationState state,
        List<CriterionView> mandatoryCriteria,
        List<ScoreSheetView> scoreSheets,
        @Schema(description = "Null until a score sheet is filed; provisional while the evaluation is OPEN.") ResultView result,
        @Schema(example = "anonymous") String createdBy,
        @Schema(description = "The producer's dossier the evaluation was opened from; null when back-filled.") UUID dossierId,
        @Schema(description = "true when created directly to back-fill a historical decision, not from a dossier.") boolean backfilled,
        @Schema(description = "The record's version; also sent as ETag.") long version) {

    @Schema(name = "OcopRuleSummary")
    public record RuleSummary(@Schema(example = "QD_148_2023") String code, @Schema(example = "QĐ 148/QĐ-TTg ngày 24/02/2023") String legalSource,
                              @Schema(example = "40.00") BigDecimal partAMaximum, @Schema(example = "25.00") BigDecimal partBMaximum,
                              @Schema(example = "35.00") BigDecimal partCMaximum) {
    }

    @Schema(name = "OcopMandatoryCriterionAnswer")
    public record CriterionView(@Schema(example = "PRODUCT_UNIQUENESS") String code, @Schema(example = "4") int stars,
                                @Schema(example = "Sản phẩm có tính độc đáo") String nameVi,
                                @Schema(description = "null while the council has not answered.") Boolean met, String note) {
    }

    @Schema(name = "OcopResult")
    public record ResultView(
            @Schema(description = "true while the evaluation is OPEN: the result as the filed sheets stand.") boolean provisional,
            int scoreSheets,
            @Schema(description = "Average of the members' totals, 2 decimals, HALF_UP.", example = "91.75") BigDecimal averageScore,
            @Schema(example = "5") int bandStars,
            @Schema(example = "5") int mandatoryCapStars,
            @Schema(example = "4") int awardedStars,
            RatingOutcome outcome,
            @Schema(example = "5") Integer proposedForStars,
            @Schema(description = "Mandatory criteria still to answer before deciding.") List<String> unansweredCriteria,
            String decisionNumber, LocalDate decisionDate, String issuingBody, String decidedBy, Instant decidedAt,
            @Schema(example = "OCOP-30-2025-000123") String certificateNumber) {
    }
}
