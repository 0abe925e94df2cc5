package vn.ntm.ocop.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A council's result for one product.
 *
 * @param averageScore        average of the members' totals, scale 2, HALF_UP
 * @param bandStars           stars the points alone earn
 * @param mandatoryCapStars   highest stars the mandatory criteria allow (5 when nothing caps)
 * @param awardedStars        stars after the mandatory criteria and the council's ceiling
 * @param proposedForStars    stars proposed to the next council level, or {@code null}
 * @param unansweredCriteria  mandatory criteria that must be answered before deciding (empty when complete)
 */
public record Rating(BigDecimal averageScore, int bandStars, int mandatoryCapStars, int awardedStars,
                     RatingOutcome outcome, Integer proposedForStars, List<String> unansweredCriteria) {

    public boolean complete() {
        return unansweredCriteria.isEmpty();
    }
}
