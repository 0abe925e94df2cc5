package vn.ntm.communes.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.communes.Level;
import vn.ntm.communes.recognition.SuccessorLevelRule.Held;
import vn.ntm.communes.recognition.SuccessorLevelRule.Outcome;
import vn.ntm.communes.recognition.SuccessorLevelRule.Predecessor;

class SuccessorLevelRuleTest {

    private static final String NTM = "QD318-NTM-2021-2025";
    private static final String ADVANCED = "QD318-ADVANCED-2021-2025";
    private static final String MODEL = "QD319-MODEL-2021-2025";

    private static Held held(Level level, String set) {
        return new Held(UUID.randomUUID(), level, set);
    }

    private static Predecessor unit(long id, Held... held) {
        return new Predecessor(id, List.of(held));
    }

    @Test
    void allAtLevelsUnderTheSameSetGiveTheLowest() {
        Outcome outcome = SuccessorLevelRule.apply(List.of(
                unit(1, held(Level.ADVANCED, ADVANCED)),
                unit(2, held(Level.ADVANCED, ADVANCED), held(Level.MODEL, MODEL)),
                unit(3, held(Level.ADVANCED, ADVANCED))));
        assertThat(outcome.level()).isEqualTo(Level.ADVANCED);
        assertThat(outcome.criteriaSetCode()).isEqualTo(ADVANCED);
        assertThat(outcome.reappraisalRequired()).isFalse();
        // the model commune is judged by its advanced recognition, the common level
        assertThat(outcome.basis()).extracting(Held::level).containsOnly(Level.ADVANCED);
    }

    @Test
    void oneWithoutLevelMeansNoneAndReappraisal() {
        Outcome outcome = SuccessorLevelRule.apply(List.of(unit(1, held(Level.ADVANCED, ADVANCED)), unit(2)));
        assertThat(outcome.level()).isNull();
        assertThat(outcome.reappraisalRequired()).isTrue();
    }

    @Test
    void differentCriteriaSetsMeanNoneAndReappraisal() {
        Outcome outcome = SuccessorLevelRule.apply(List.of(
                unit(1, held(Level.NTM, NTM)),
                unit(2, held(Level.NTM, "QD1980-NTM-2016-2020"))));
        assertThat(outcome.level()).isNull();
        assertThat(outcome.reappraisalRequired()).isTrue();
    }

    @Test
    void lowestLevelWhenOneHoldsOnlyAHigherOne() {
        Outcome outcome = SuccessorLevelRule.apply(List.of(
                unit(1, held(Level.NTM, NTM)),
                unit(2, held(Level.NTM, NTM), held(Level.ADVANCED, ADVANCED))));
        assertThat(outcome.level()).isEqualTo(Level.NTM);
        assertThat(outcome.reappraisalRequired()).isFalse();
    }

    @Test
    void nothingHeldLeavesNothingToReappraise() {
        Outcome outcome = SuccessorLevelRule.apply(List.of(unit(1), unit(2)));
        assertThat(outcome.level()).isNull();
        assertThat(outcome.reappraisalRequired()).isFalse();
        assertThat(SuccessorLevelRule.apply(List.of()).reappraisalRequired()).isFalse();
    }
}
