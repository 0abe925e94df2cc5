package vn.ntm.ocop.rules;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A total at or above {@code minScore}, and below the next band's minimum, earns {@code stars}. */
@Schema(name = "OcopStarBand")
public record StarBand(int stars, BigDecimal minScore, String legalSource) {
}
