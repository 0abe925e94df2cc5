package vn.ntm.ocop.rules;

import java.math.BigDecimal;

/** A total at or above {@code minScore}, and below the next band's minimum, earns {@code stars}. */
public record StarBand(int stars, BigDecimal minScore, String legalSource) {
}
