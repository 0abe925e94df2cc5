package vn.ntm.communes.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The revocation test of QĐ 18/2022/QĐ-TTg: revoke when at least {@code always} of the criteria fail, or when at
 * least {@code withKey} (and less than {@code always}) fail and a failing criterion is a key one. Shares are
 * compared in exact integer arithmetic (failed × denominator against numerator × total), so 6 of 19 (31.6%) is
 * over 30% and 9 of 19 (47.4%) is under 50%, with no rounding at the boundaries.
 */
public record RevocationRule(int alwaysNumerator, int alwaysDenominator, int withKeyNumerator, int withKeyDenominator) {

    public RevocationRule {
        if (alwaysDenominator <= 0 || withKeyDenominator <= 0 || alwaysNumerator < 0 || withKeyNumerator < 0) {
            throw new IllegalArgumentException("revocation shares need positive denominators");
        }
    }

    /** The rule that fired. */
    @Schema(name = "CommunesRevocationRuleFired")
    public enum Fired {
        /** 50% or more of the criteria fail. */
        AT_LEAST_HALF_FAILED,
        /** 30% to under 50% fail, among them a key criterion. */
        KEY_CRITERION_FAILED_WITH_30_TO_50_PERCENT,
        NONE
    }

    /** One criterion as the rule sees it. */
    public record CriterionOutcome(int number, boolean key, boolean met) {
    }

    @Schema(name = "CommunesRevocationTest", description = "QĐ 18/2022/QĐ-TTg revocation test on this evaluation.")
    public record Result(
            @Schema(description = "Revocation is recommended.") boolean recommended,
            @Schema(description = "The rule that fired, NONE if none.") Fired rule,
            @Schema(example = "6") int failedCriteria,
            @Schema(example = "19") int totalCriteria,
            @Schema(description = "failedCriteria / totalCriteria, 4 decimals.", example = "0.3158") BigDecimal failedShare,
            @Schema(description = "The same as a percentage with one decimal, for people.", example = "31.6") BigDecimal failedPercent,
            @Schema(description = "Numbers of the failing key criteria.") List<Integer> failedKeyCriteria,
            @Schema(description = "Some criteria failed only because values or thresholds are missing.") boolean basedOnIncompleteData,
            @Schema(example = "6 of 19 criteria (31.6%) are not met, among them key criterion 10: revocation recommended (30% to under 50% with a key criterion).") String explanation) {
    }

    public Result evaluate(List<CriterionOutcome> criteria, boolean incomplete) {
        int total = criteria.size();
        List<CriterionOutcome> failed = criteria.stream().filter(c -> !c.met()).toList();
        int f = failed.size();
        List<Integer> failedKeys = failed.stream().filter(CriterionOutcome::key).map(CriterionOutcome::number).toList();
        boolean atLeastAlways = total > 0 && (long) f * alwaysDenominator >= (long) alwaysNumerator * total;
        boolean atLeastWithKey = total > 0 && (long) f * withKeyDenominator >= (long) withKeyNumerator * total;
        Fired fired = atLeastAlways ? Fired.AT_LEAST_HALF_FAILED
                : atLeastWithKey && !failedKeys.isEmpty() ? Fired.KEY_CRITERION_FAILED_WITH_30_TO_50_PERCENT : Fired.NONE;
        BigDecimal share = total == 0 ? BigDecimal.ZERO.setScale(4) : BigDecimal.valueOf(f).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
        BigDecimal percent = total == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(f * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        String head = f + " of " + total + " criteria (" + percent.toPlainString() + "%) are not met";
        String keys = failedKeys.isEmpty() ? ", none of them a key criterion"
                : ", among them key criteria " + failedKeys.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
        String explanation = switch (fired) {
            case AT_LEAST_HALF_FAILED -> head + ": revocation recommended (" + pct(alwaysNumerator, alwaysDenominator) + " or more of the criteria fail).";
            case KEY_CRITERION_FAILED_WITH_30_TO_50_PERCENT -> head + keys + ": revocation recommended ("
                    + pct(withKeyNumerator, withKeyDenominator) + " to under " + pct(alwaysNumerator, alwaysDenominator) + " with a key criterion).";
            case NONE -> head + (atLeastWithKey ? keys : "") + ": no revocation.";
        };
        return new Result(fired != Fired.NONE, fired, f, total, share, percent, failedKeys, incomplete && f > 0, explanation);
    }

    private static String pct(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }
}
