package vn.ntm.ocop.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The star-rating algorithm; the numbers come from the {@link RuleSet} in force on the evaluation date.
 *
 * <ol>
 *   <li>The score is the average of the members' totals, rounded to 2 decimal places with {@link RoundingMode#HALF_UP}
 *       <em>before</em> it is compared with the bands (so an average of 69.995 is 70.00 and earns 4 stars; 69.99
 *       earns 3).</li>
 *   <li>The band gives the stars the points earn.</li>
 *   <li>Mandatory criteria cap it: a criterion of s stars not met limits the result to s - 1 stars. The council must
 *       have answered every criterion up to the stars it could certify.</li>
 *   <li>The council's powers cap it: it never certifies above its maximum (the better result is proposed to the next
 *       level, e.g. 90+ at a province: 4 stars certified, proposed for 5) nor below its minimum.</li>
 * </ol>
 */
public final class StarRating {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** Only 3 stars and up are OCOP products. */
    public static final int OCOP_MIN_STARS = 3;

    private StarRating() {
    }

    public static BigDecimal average(List<BigDecimal> totals) {
        if (totals.isEmpty()) {
            throw new IllegalArgumentException("At least one score sheet is needed for an average");
        }
        BigDecimal sum = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(totals.size()), SCALE, ROUNDING);
    }

    public static Rating rate(RuleSet rules, CouncilLevel level, List<BigDecimal> totals, Map<String, Boolean> answers) {
        CouncilPower power = rules.power(level);
        if (!power.allowed()) {
            throw new IllegalArgumentException(level + " councils do not exist under " + rules.code());
        }
        BigDecimal average = average(totals);
        int band = rules.starsFor(average);
        // stars this council could certify for these points: the criteria up to there must be judged
        int judged = power.certifies() ? Math.min(band, power.maxCertifiedStars()) : 0;

        List<String> unanswered = rules.mandatoryCriteria().stream()
                .filter(c -> c.stars() <= judged && !answers.containsKey(c.code()))
                .map(MandatoryCriterion::code)
                .toList();
        int mandatoryCap = 5;
        for (MandatoryCriterion criterion : rules.mandatoryCriteria()) {
            if (criterion.stars() <= judged && Boolean.FALSE.equals(answers.get(criterion.code()))) {
                mandatoryCap = Math.min(mandatoryCap, criterion.stars() - 1);
            }
        }

        if (!power.certifies()) {
            int awarded = Math.min(band, mandatoryCap);
            RatingOutcome outcome = awarded >= OCOP_MIN_STARS ? RatingOutcome.PROPOSED : RatingOutcome.NOT_OCOP;
            Integer proposed = awarded >= OCOP_MIN_STARS ? awarded : null;
            return new Rating(average, band, mandatoryCap, awarded, outcome, proposed, unanswered);
        }

        int ceiling = power.maxCertifiedStars();
        int awarded = Math.min(band, Math.min(mandatoryCap, ceiling));
        RatingOutcome outcome;
        if (awarded >= Math.max(OCOP_MIN_STARS, power.minCertifiedStars())) {
            outcome = RatingOutcome.CERTIFIED;
        } else if (mandatoryCap < Math.min(band, ceiling)) {
            outcome = RatingOutcome.MANDATORY_CRITERIA_UNMET;
        } else if (awarded < OCOP_MIN_STARS) {
            outcome = RatingOutcome.NOT_OCOP;
        } else {
            outcome = RatingOutcome.BELOW_COUNCIL_RANGE;
        }
        // points above the ceiling go to the next level, unless a mandatory criterion already held the result back
        Integer proposed = band > ceiling && mandatoryCap >= ceiling && outcome == RatingOutcome.CERTIFIED ? band : null;
        return new Rating(average, band, mandatoryCap, awarded, outcome, proposed, unanswered);
    }
}
