package vn.ntm.campaign.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ntm.campaign.results.ResultApi.QuestionResult;
import vn.ntm.campaign.results.ResultApi.SurveyResult;
import vn.ntm.campaign.results.ResultApi.VillageResult;
import vn.ntm.campaign.results.ResultApi.Withheld;

/**
 * Small-cell suppression of a published result, so that no published figure singles out a household (Law 91/2025).
 * <ul>
 *   <li>A village with at least one form but fewer than the minimum has its satisfaction figures withheld
 *       (primary suppression). A village with no form reveals nothing and is shown.</li>
 *   <li>When exactly one village is withheld, the survey's total would give it away by subtraction (total minus the
 *       others), so the shown village with the fewest forms is withheld too (complementary suppression).</li>
 *   <li>A question answered by fewer than the minimum has its figures and reasons withheld.</li>
 * </ul>
 * The survey's own totals stay: they are the published figure certification rests on (HD of the Front, section D.3).
 * A unanimous survey (every household satisfied, or none) reveals every cell through its total whatever is hidden;
 * that is inherent to publishing the total and is documented in docs/privacy.md. Hand-written because the rule is a
 * few lines over our own records; statistical disclosure libraries (sdcMicro, tau-argus) are not Java libraries.
 */
final class SmallCells {

    private SmallCells() {
    }

    static SurveyResult protect(SurveyResult result, int minimum) {
        List<VillageResult> villages = new ArrayList<>(result.perVillage());
        List<Integer> primary = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            long forms = villages.get(i).formsReturned();
            if (forms > 0 && forms < minimum) {
                primary.add(i);
            }
        }
        for (int i : primary) {
            villages.set(i, withhold(villages.get(i), Withheld.FEWER, minimum));
        }
        if (primary.size() == 1) {
            Optional<Integer> complement = java.util.stream.IntStream.range(0, villages.size()).boxed()
                    .filter(i -> villages.get(i).withheld() == null && villages.get(i).formsReturned() > 0)
                    .min(Comparator.comparingLong((Integer i) -> villages.get(i).formsReturned()).thenComparing(i -> i));
            complement.ifPresent(i -> villages.set(i, withhold(villages.get(i), Withheld.COMPLEMENTARY, minimum)));
        }
        List<QuestionResult> questions = result.perQuestion().stream()
                .map(q -> q.answered() > 0 && q.answered() < minimum ? withhold(q, minimum) : q).toList();
        if (primary.isEmpty() && questions.equals(result.perQuestion())) {
            return result;
        }
        return new SurveyResult(result.surveyId(), result.communeCode(), result.communeName(), result.provinceCode(), result.purpose(),
                result.level(), result.year(), result.state(), result.closedAt(), result.closedOn(), result.householdsInScope(), result.formsReturned(),
                result.coverage(), result.coveragePercent(), result.coverageFloor(), result.coverageMet(), result.overallBasis(),
                result.overallQuestionCode(), result.overallSatisfied(), result.overallRate(), result.overallPercent(), result.passRate(),
                result.passed(), result.everyVillageMustPass(), result.thresholdsSource(), result.ruleVersion(), questions, villages, result.publications());
    }

    private static VillageResult withhold(VillageResult v, String reason, int minimum) {
        return new VillageResult(v.villageCode(), v.name(), v.householdsInScope(), v.formsReturned(), v.coverage(), null, null, null, null,
                new Withheld(Withheld.WITHHELD, reason, minimum));
    }

    private static QuestionResult withhold(QuestionResult q, int minimum) {
        return new QuestionResult(q.questionCode(), q.text(), q.overall(), q.answered(), null, null, null, null, null, null, null,
                new Withheld(Withheld.WITHHELD, Withheld.FEWER, minimum));
    }
}
