package vn.ntm.communes.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.criteria.IndicatorType;
import vn.ntm.communes.criteria.Operator;

/** What the evaluation engine computes for one assessment. */
@Schema(name = "CriteriaEvaluationResult")
public record Evaluation(
        List<CriterionResult> criteria,
        @Schema(example = "17") int criteriaMet,
        @Schema(example = "19") int criteriaTotal,
        @Schema(example = "17/19") String criteriaMetText,
        @Schema(description = "Every criterion is met: the commune qualifies for the set's level on this evaluation.") boolean eligible,
        @Schema(description = "No indicator is MISSING (value or threshold).") boolean complete,
        @Schema(description = "Thresholds used that are not confirmed from the official text.") int unverifiedThresholdsUsed,
        @Schema(description = "Absent for the model-commune conditions.") RevocationRule.Result revocation,
        Verdict verdict,
        String verdictReason,
        List<String> blockingIndicators) {

    /**
     * The answer, in order of precedence: a criterion that fails on confirmed rules makes the commune NOT_ELIGIBLE
     * whatever else is unknown (a definite failure stays a failure); otherwise an indicator resting on an unconfirmed
     * text or threshold, or a missing threshold, or no commune group on the assessment date makes it UNDECIDABLE
     * (no recognition may rest on a guess); otherwise a value not yet recorded makes it INCOMPLETE; otherwise
     * ELIGIBLE. Without a commune group nothing is decided at all: the verdict is UNDECIDABLE.
     */
    @Schema(name = "CriteriaEvaluationVerdict")
    public enum Verdict { ELIGIBLE, NOT_ELIGIBLE, UNDECIDABLE, INCOMPLETE }

    @Schema(name = "CriteriaEvaluationStatus")
    public enum Status { MET, NOT_MET, MISSING }

    @Schema(name = "CriteriaEvaluationMissingReason")
    public enum MissingReason {
        /** No value recorded for the indicator. */
        NO_VALUE,
        /** The set has no threshold for the commune's region (or group) and the year. */
        MISSING_THRESHOLD,
        /** The province has defined no list to choose from (e.g. outstanding fields). */
        NO_CHOICES_DEFINED
    }

    @Schema(name = "CriterionEvaluation")
    public record CriterionResult(
            @Schema(example = "10") int number,
            @Schema(example = "Thu nhập") String nameVi,
            @Schema(example = "Income") String nameEn,
            String groupVi,
            String groupEn,
            boolean key,
            @Schema(description = "MET when every indicator is met; NOT_MET when one is not; else MISSING.") Status status,
            @Schema(example = "1") int indicatorsMet,
            @Schema(example = "1") int indicatorsTotal,
            List<IndicatorResult> indicators) {
    }

    @Schema(name = "IndicatorEvaluation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorResult(
            @Schema(example = "10.1") String code,
            String nameVi,
            String nameEn,
            IndicatorType type,
            Status status,
            @Schema(description = "Why the indicator is MISSING.") List<MissingReason> missing,
            @Schema(example = "62.5 >= 60 (DONG_BANG_SONG_HONG, 2025)") String detail,
            BigDecimal numericValue,
            Boolean passed,
            String choice,
            Operator operator,
            BigDecimal threshold,
            String unit,
            @Schema(description = "false: the threshold is provisional and must be confirmed.") Boolean thresholdVerified,
            String thresholdSource,
            String thresholdNote,
            @Schema(description = "The threshold comes from the provincial overlay.") Boolean thresholdFromOverlay,
            @Schema(description = "The province added this indicator.") Boolean addedByOverlay,
            @Schema(description = "CHOICE: the values the province allows.") List<String> allowedChoices) {
    }
}
