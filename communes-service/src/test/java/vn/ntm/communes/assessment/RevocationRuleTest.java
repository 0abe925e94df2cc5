package vn.ntm.communes.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ntm.communes.assessment.RevocationRule.CriterionOutcome;
import vn.ntm.communes.assessment.RevocationRule.Fired;

/** QĐ 18/2022/QĐ-TTg on the 19 NTM criteria (key: 10, 17, 19), at the boundaries of 30% and 50%. */
class RevocationRuleTest {

    private static final RevocationRule RULE = new RevocationRule(1, 2, 3, 10);

    /** 19 criteria, the first {@code failing} non-key ones fail, plus key criterion 10 when asked. */
    private static List<CriterionOutcome> nineteen(int failing, boolean keyAmongThem) {
        List<CriterionOutcome> criteria = new ArrayList<>();
        int failedSoFar = 0;
        if (keyAmongThem) {
            failedSoFar = 1;
        }
        for (int n = 1; n <= 19; n++) {
            boolean key = n == 10 || n == 17 || n == 19;
            boolean met;
            if (n == 10 && keyAmongThem) {
                met = false;
            } else if (!key && failedSoFar < failing) {
                met = false;
                failedSoFar++;
            } else {
                met = true;
            }
            criteria.add(new CriterionOutcome(n, key, met));
        }
        assertThat(criteria.stream().filter(c -> !c.met()).count()).isEqualTo(failing);
        return criteria;
    }

    @ParameterizedTest(name = "{0} of 19 failing, key among them: {1} -> {2}")
    @CsvSource({
            "0, false, NONE",
            "5, false, NONE",                 // 26.3%: under 30%
            "5, true, NONE",                  // 26.3% even with a key criterion
            "6, false, NONE",                 // 31.6% without a key criterion
            "6, true, KEY_CRITERION_FAILED_WITH_30_TO_50_PERCENT",
            "9, false, NONE",                 // 47.4% without a key criterion
            "9, true, KEY_CRITERION_FAILED_WITH_30_TO_50_PERCENT",
            "10, false, AT_LEAST_HALF_FAILED", // 52.6%: always
            "10, true, AT_LEAST_HALF_FAILED",
            "17, true, AT_LEAST_HALF_FAILED"
    })
    void boundariesOn19Criteria(int failing, boolean key, Fired expected) {
        RevocationRule.Result result = RULE.evaluate(nineteen(failing, key), false);
        assertThat(result.rule()).isEqualTo(expected);
        assertThat(result.recommended()).isEqualTo(expected != Fired.NONE);
        assertThat(result.failedCriteria()).isEqualTo(failing);
        assertThat(result.totalCriteria()).isEqualTo(19);
        assertThat(result.failedKeyCriteria()).isEqualTo(key ? List.of(10) : List.of());
    }

    @ParameterizedTest
    @CsvSource({"5, 0.2632, 26.3", "6, 0.3158, 31.6", "9, 0.4737, 47.4", "10, 0.5263, 52.6"})
    void sharesAreReportedWithFourDecimalsAndPercentWithOne(int failing, String share, String percent) {
        RevocationRule.Result result = RULE.evaluate(nineteen(failing, false), false);
        assertThat(result.failedShare().toPlainString()).isEqualTo(share);
        assertThat(result.failedPercent().toPlainString()).isEqualTo(percent);
        assertThat(result.explanation()).startsWith(failing + " of 19 criteria (" + percent + "%) are not met");
    }

    @ParameterizedTest(name = "{0} of 10 failing with key criterion 1 -> {1}")
    @CsvSource({"2, NONE", "3, KEY_CRITERION_FAILED_WITH_30_TO_50_PERCENT", "4, KEY_CRITERION_FAILED_WITH_30_TO_50_PERCENT", "5, AT_LEAST_HALF_FAILED"})
    void exactlyThirtyAndExactlyFiftyPercentAreReached(int failing, Fired expected) {
        List<CriterionOutcome> criteria = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            criteria.add(new CriterionOutcome(n, n == 1, n > failing));
        }
        assertThat(RULE.evaluate(criteria, false).rule()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"true, true", "false, false"})
    void incompleteDataIsFlagged(boolean incomplete, boolean flagged) {
        assertThat(RULE.evaluate(nineteen(6, true), incomplete).basedOnIncompleteData()).isEqualTo(flagged);
    }
}
