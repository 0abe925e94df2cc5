package vn.ntm.communes.criteria;

import java.math.BigDecimal;

/** The threshold an indicator is evaluated against, with where it comes from. */
public record ResolvedThreshold(Operator operator, BigDecimal value, boolean verified, String source, String note,
                                boolean fromOverlay) {
}
