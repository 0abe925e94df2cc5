package vn.ntm.ocop.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rating algorithm on rule sets shaped like the migration's (the migration's own data is checked in RuleBookTest). */
class StarRatingTest {

    static final List<StarBand> BANDS = List.of(band(1, "0"), band(2, "30"), band(3, "50"), band(4, "70"), band(5, "90"));
    static final List<MandatoryCriterion> CRITERIA = List.of(
            new MandatoryCriterion("STANDARD", 3, "", "", "", "V"),
            new MandatoryCriterion("UNIQUE", 4, "", "", "", "V"),
            new MandatoryCriterion("EXPORT", 5, "", "", "", "I"));

    static final RuleSet QD_148 = rules("QD_148_2023", Map.of(
            CouncilLevel.COMMUNE_PRECHECK, power(CouncilLevel.COMMUNE_PRECHECK, false, null, null),
            CouncilLevel.DISTRICT, power(CouncilLevel.DISTRICT, true, 3, 3),
            CouncilLevel.PROVINCE, power(CouncilLevel.PROVINCE, true, 4, 4),
            CouncilLevel.CENTRAL, power(CouncilLevel.CENTRAL, true, 5, 5)));
    static final RuleSet QD_1489 = rules("QD_1489_2025", Map.of(
            CouncilLevel.COMMUNE_PRECHECK, power(CouncilLevel.COMMUNE_PRECHECK, true, null, null),
            CouncilLevel.DISTRICT, power(CouncilLevel.DISTRICT, false, null, null),
            CouncilLevel.PROVINCE, power(CouncilLevel.PROVINCE, true, 3, 4),
            CouncilLevel.CENTRAL, power(CouncilLevel.CENTRAL, true, 5, 5)));
    static final Map<String, Boolean> ALL_MET = Map.of("STANDARD", true, "UNIQUE", true, "EXPORT", true);

    @ParameterizedTest(name = "{0} points -> {1} stars")
    @CsvSource({"0.00,1", "29.99,1", "30.00,2", "49.99,2", "50.00,3", "69.99,3", "70.00,4", "89.99,4", "90.00,5", "100.00,5"})
    void bandEdgesAreExact(String score, int stars) {
        assertThat(QD_1489.starsFor(new BigDecimal(score))).isEqualTo(stars);
        Rating rating = StarRating.rate(QD_1489, CouncilLevel.CENTRAL, List.of(new BigDecimal(score)), ALL_MET);
        assertThat(rating.bandStars()).isEqualTo(stars);
    }

    @Test
    void averageIsRoundedHalfUpToTwoPlacesBeforeBanding() {
        // 69.99 and 70.00 average 69.995: HALF_UP makes it 70.00, which is 4 stars
        assertThat(StarRating.average(totals("69.99", "70.00"))).isEqualByComparingTo("70.00");
        assertThat(StarRating.rate(QD_1489, CouncilLevel.PROVINCE, totals("69.99", "70.00"), ALL_MET).awardedStars()).isEqualTo(4);
        // 69.98 and 69.99 average 69.985 -> 69.99: still 3 stars
        assertThat(StarRating.average(totals("69.98", "69.99"))).isEqualByComparingTo("69.99");
        assertThat(StarRating.rate(QD_1489, CouncilLevel.PROVINCE, totals("69.98", "69.99"), ALL_MET).awardedStars()).isEqualTo(3);
        assertThat(StarRating.average(totals("80", "81", "81"))).isEqualByComparingTo("80.67");
        assertThat(StarRating.average(totals("80", "81", "81")).scale()).isEqualTo(2);
    }

    @Test
    void provinceUnder1489CertifiesThreeAndFourAndProposesNinetyPlusForFive() {
        Rating three = StarRating.rate(QD_1489, CouncilLevel.PROVINCE, totals("65.00"), ALL_MET);
        assertThat(three.outcome()).isEqualTo(RatingOutcome.CERTIFIED);
        assertThat(three.awardedStars()).isEqualTo(3);
        assertThat(three.proposedForStars()).isNull();

        Rating ninetyOne = StarRating.rate(QD_1489, CouncilLevel.PROVINCE, totals("92.00", "90.00"), ALL_MET);
        assertThat(ninetyOne.averageScore()).isEqualByComparingTo("91.00");
        assertThat(ninetyOne.bandStars()).isEqualTo(5);
        assertThat(ninetyOne.awardedStars()).isEqualTo(4);
        assertThat(ninetyOne.outcome()).isEqualTo(RatingOutcome.CERTIFIED);
        assertThat(ninetyOne.proposedForStars()).isEqualTo(5);
    }

    @Test
    void under148TheDistrictCertifiesThreeAndTheProvinceFour() {
        Rating district = StarRating.rate(QD_148, CouncilLevel.DISTRICT, totals("75.00"), ALL_MET);
        assertThat(district.awardedStars()).isEqualTo(3);
        assertThat(district.outcome()).isEqualTo(RatingOutcome.CERTIFIED);
        assertThat(district.proposedForStars()).isEqualTo(4);

        Rating province = StarRating.rate(QD_148, CouncilLevel.PROVINCE, totals("75.00"), ALL_MET);
        assertThat(province.awardedStars()).isEqualTo(4);
        assertThat(province.outcome()).isEqualTo(RatingOutcome.CERTIFIED);

        // the province does not certify 3 stars under 148: the district's certificate stands
        Rating low = StarRating.rate(QD_148, CouncilLevel.PROVINCE, totals("65.00"), ALL_MET);
        assertThat(low.awardedStars()).isEqualTo(3);
        assertThat(low.outcome()).isEqualTo(RatingOutcome.BELOW_COUNCIL_RANGE);
    }

    @Test
    void onlyTheCentralCouncilCertifiesFiveStars() {
        assertThat(StarRating.rate(QD_1489, CouncilLevel.CENTRAL, totals("93.50"), ALL_MET).awardedStars()).isEqualTo(5);
        assertThat(StarRating.rate(QD_1489, CouncilLevel.CENTRAL, totals("93.50"), ALL_MET).outcome()).isEqualTo(RatingOutcome.CERTIFIED);
        Rating below = StarRating.rate(QD_1489, CouncilLevel.CENTRAL, totals("85.00"), ALL_MET);
        assertThat(below.outcome()).isEqualTo(RatingOutcome.BELOW_COUNCIL_RANGE);
        assertThat(below.proposedForStars()).isNull();
        for (CouncilLevel level : List.of(CouncilLevel.DISTRICT, CouncilLevel.PROVINCE)) {
            assertThat(StarRating.rate(QD_148, level, totals("99.00"), ALL_MET).awardedStars()).isLessThan(5);
        }
    }

    @Test
    void underThreeStarsIsNotOcop() {
        Rating rating = StarRating.rate(QD_1489, CouncilLevel.PROVINCE, totals("49.99"), ALL_MET);
        assertThat(rating.awardedStars()).isEqualTo(2);
        assertThat(rating.outcome()).isEqualTo(RatingOutcome.NOT_OCOP);
    }

    @Test
    void mandatoryCriteriaCapTheStars() {
        Map<String, Boolean> noStandard = new HashMap<>(ALL_MET);
        noStandard.put("STANDARD", false);
        Rating failed = StarRating.rate(QD_1489, CouncilLevel.PROVINCE, totals("88.00"), noStandard);
        assertThat(failed.mandatoryCapStars()).isEqualTo(2);
        assertThat(failed.awardedStars()).isEqualTo(2);
        assertThat(failed.outcome()).isEqualTo(RatingOutcome.MANDATORY_CRITERIA_UNMET);

        Map<String, Boolean> notUnique = new HashMap<>(ALL_MET);
        notUnique.put("UNIQUE", false);
        Rating three = StarRating.rate(QD_1489, CouncilLevel.PROVINCE, totals("95.00"), notUnique);
        assertThat(three.awardedStars()).isEqualTo(3);
        assertThat(three.outcome()).isEqualTo(RatingOutcome.CERTIFIED);
        assertThat(three.proposedForStars()).as("held back by a criterion, not by the council's ceiling").isNull();

        Rating province148 = StarRating.rate(QD_148, CouncilLevel.PROVINCE, totals("80.00"), notUnique);
        assertThat(province148.outcome()).isEqualTo(RatingOutcome.MANDATORY_CRITERIA_UNMET);
    }

    @Test
    void criteriaUpToWhatTheCouncilCouldCertifyMustBeAnswered() {
        Rating rating = StarRating.rate(QD_1489, CouncilLevel.PROVINCE, totals("91.00"), Map.of("STANDARD", true));
        assertThat(rating.complete()).isFalse();
        // 5-star criteria are for the central council: the province need not answer them
        assertThat(rating.unansweredCriteria()).containsExactly("UNIQUE");
        assertThat(StarRating.rate(QD_1489, CouncilLevel.PROVINCE, totals("60.00"), Map.of("STANDARD", true)).complete()).isTrue();
    }

    @Test
    void aPrecheckProposesAndCertifiesNothing() {
        Rating rating = StarRating.rate(QD_1489, CouncilLevel.COMMUNE_PRECHECK, totals("72.00"), Map.of());
        assertThat(rating.outcome()).isEqualTo(RatingOutcome.PROPOSED);
        assertThat(rating.proposedForStars()).isEqualTo(4);
        assertThat(StarRating.rate(QD_1489, CouncilLevel.COMMUNE_PRECHECK, totals("40.00"), Map.of()).outcome()).isEqualTo(RatingOutcome.NOT_OCOP);
    }

    @Test
    void aLevelThatDoesNotExistIsRefused() {
        assertThatThrownBy(() -> StarRating.rate(QD_1489, CouncilLevel.DISTRICT, totals("75"), ALL_MET))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StarRating.average(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigDecimal> totals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static StarBand band(int stars, String min) {
        return new StarBand(stars, new BigDecimal(min), "test");
    }

    private static CouncilPower power(CouncilLevel level, boolean allowed, Integer min, Integer max) {
        return new CouncilPower(level, allowed, min, max, "test", "test");
    }

    private static RuleSet rules(String code, Map<CouncilLevel, CouncilPower> powers) {
        return new RuleSet(code, code, code, null, LocalDate.of(2023, 2, 24), null,
                Map.of(ScorePart.A, new BigDecimal("40.00"), ScorePart.B, new BigDecimal("25.00"), ScorePart.C, new BigDecimal("35.00")),
                BANDS, powers, CRITERIA, null);
    }
}
