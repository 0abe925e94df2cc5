package vn.ntm.ocop.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.rules.CouncilLevel;
import vn.ntm.ocop.rules.RatingOutcome;

/** An evaluation in a listing: the round and, once decided, its result. */
@Schema(name = "OcopEvaluationSummary")
public record EvaluationSummary(
        UUID id, UUID productId, @Schema(example = "Bình gốm Chu Đậu vẽ lam") String productName, CouncilLevel councilLevel,
        LocalDate evaluationDate, @Schema(example = "QD_148_2023") String ruleVersion, EvaluationState state,
        @Schema(example = "92.40") BigDecimal averageScore, @Schema(example = "5") Integer awardedStars, RatingOutcome outcome,
        Integer proposedForStars, LocalDate decisionDate, @Schema(example = "OCOP-30-2025-000123") String certificateNumber) {

    static EvaluationSummary of(Evaluation e) {
        return new EvaluationSummary(e.id, e.product.id, e.product.name, e.councilLevel, e.evaluationDate, e.ruleVersion, e.state,
                e.averageScore, e.awardedStars, e.outcome, e.proposedForStars, e.decisionDate, e.certificate == null ? null : e.certificate.number);
    }
}
