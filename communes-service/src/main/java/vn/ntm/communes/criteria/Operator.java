package vn.ntm.communes.criteria;

import java.math.BigDecimal;

/** Comparison between a recorded value and a threshold. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CriteriaOperator", description = "GTE >=, GT >, LTE <=, LT <, EQ =")
public enum Operator {
    GTE(">="), GT(">"), LTE("<="), LT("<"), EQ("=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean test(BigDecimal value, BigDecimal threshold) {
        int c = value.compareTo(threshold);
        return switch (this) {
            case GTE -> c >= 0;
            case GT -> c > 0;
            case LTE -> c <= 0;
            case LT -> c < 0;
            case EQ -> c == 0;
        };
    }

    /** Whether {@code candidate} asks at least as much as {@code base} (what a provincial overlay may do). */
    public boolean atLeastAsStrict(BigDecimal candidate, BigDecimal base) {
        int c = candidate.compareTo(base);
        return switch (this) {
            case GTE, GT -> c >= 0;
            case LTE, LT -> c <= 0;
            case EQ -> c == 0;
        };
    }
}
