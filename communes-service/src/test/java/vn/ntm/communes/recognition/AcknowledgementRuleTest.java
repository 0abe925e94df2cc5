package vn.ntm.communes.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.communes.Level;
import vn.ntm.communes.recognition.AcknowledgementRule.Composition;
import vn.ntm.communes.recognition.AcknowledgementRule.Held;
import vn.ntm.communes.recognition.AcknowledgementRule.Merge;
import vn.ntm.communes.recognition.AcknowledgementRule.Outcome;
import vn.ntm.communes.recognition.AcknowledgementRule.Predecessor;
import vn.ntm.communes.recognition.AcknowledgementRule.Reason;

/** Replaces SuccessorLevelRuleTest: the rule no longer gives a level, it says whether an acknowledgement may be made. */
class AcknowledgementRuleTest {

    private static final String NTM = "QD318-NTM-2021-2025";
    private static final String ADVANCED = "QD318-ADVANCED-2021-2025";
    private static final String MODEL = "QD319-MODEL-2021-2025";
    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    private static Held held(Level level, String set) {
        return new Held(UUID.randomUUID(), level, set, 2023, "1/QĐ-UBND", LocalDate.of(2023, 12, 28));
    }

    private static Predecessor unit(String code, Held... held) {
        return new Predecessor(code, "Xã " + code, END, false, List.of(), List.of(held));
    }

    private static Predecessor split(String code, Held... held) {
        return new Predecessor(code, "Xã " + code, END, true, List.of(new AcknowledgementRule.Unit("11146", "Xã Nguyên Giáp")), List.of(held));
    }

    @Test
    void allAtTheSameLevelUnderTheSameSetAreEligibleAtThatLevelAndBelow() {
        Outcome outcome = AcknowledgementRule.apply(List.of(
                unit("10618", held(Level.ADVANCED, ADVANCED), held(Level.MODEL, MODEL)),
                unit("10621", held(Level.ADVANCED, ADVANCED), held(Level.MODEL, MODEL)),
                unit("10633", held(Level.ADVANCED, ADVANCED), held(Level.MODEL, MODEL))));
        assertThat(outcome.eligible()).isTrue();
        assertThat(outcome.merge()).isEqualTo(Merge.FULL);
        assertThat(outcome.composition()).isEqualTo(Composition.UNIFORM);
        assertThat(outcome.highest().orElseThrow().level()).isEqualTo(Level.MODEL);
        assertThat(outcome.options()).extracting(AcknowledgementRule.Option::level).containsExactly(Level.ADVANCED, Level.MODEL);
        assertThat(outcome.options().get(0).basis()).hasSize(3);
        assertThat(outcome.reappraisalRequired()).isFalse();
    }

    @Test
    void differentLevelsAreAMixedMerge() {
        Outcome outcome = AcknowledgementRule.apply(List.of(unit("1", held(Level.ADVANCED, ADVANCED)),
                unit("2", held(Level.NTM, NTM), held(Level.ADVANCED, ADVANCED), held(Level.MODEL, MODEL))));
        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.composition()).isEqualTo(Composition.MIXED);
        assertThat(outcome.options()).isEmpty();
        assertThat(outcome.reasons()).extracting(Reason::code).contains(AcknowledgementRule.DIFFERENT_LEVELS);
        assertThat(outcome.reappraisalRequired()).isTrue();
    }

    @Test
    void onePredecessorWithoutAnyIsAMixedMerge() {
        Outcome outcome = AcknowledgementRule.apply(List.of(unit("1", held(Level.ADVANCED, ADVANCED)), unit("2")));
        assertThat(outcome.composition()).isEqualTo(Composition.MIXED);
        assertThat(outcome.reasons()).extracting(Reason::code).contains(AcknowledgementRule.PREDECESSOR_WITHOUT_RECOGNITION);
        assertThat(outcome.reasons()).filteredOn(r -> r.code().equals(AcknowledgementRule.PREDECESSOR_WITHOUT_RECOGNITION))
                .extracting(Reason::message).allMatch(m -> m.contains("Xã 2 (2)"));
    }

    @Test
    void differentCriteriaSetsAreAMixedMerge() {
        Outcome outcome = AcknowledgementRule.apply(List.of(unit("1", held(Level.NTM, NTM)), unit("2", held(Level.NTM, "QD1980-NTM-2016-2020"))));
        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.reasons()).extracting(Reason::code).contains(AcknowledgementRule.DIFFERENT_CRITERIA_SETS);
    }

    @Test
    void aSplitPredecessorMakesAPartialMergeThatIsNeverEligible() {
        Outcome outcome = AcknowledgementRule.apply(List.of(unit("11134", held(Level.NTM, NTM)), split("11143", held(Level.NTM, NTM))));
        assertThat(outcome.merge()).isEqualTo(Merge.PARTIAL);
        assertThat(outcome.composition()).isEqualTo(Composition.UNIFORM);
        assertThat(outcome.eligible()).isFalse();
        assertThat(outcome.reasons()).filteredOn(r -> r.code().equals(AcknowledgementRule.PARTIAL_PREDECESSOR))
                .singleElement().extracting(Reason::message).asString().contains("Xã 11143 (11143) was split", "Xã Nguyên Giáp (11146)");
    }

    @Test
    void nothingHeldOrNoPredecessorsLeaveNothingToAppraise() {
        assertThat(AcknowledgementRule.apply(List.of(unit("1"), unit("2"))).composition()).isEqualTo(Composition.NONE);
        assertThat(AcknowledgementRule.apply(List.of(unit("1"), unit("2"))).reappraisalRequired()).isFalse();
        assertThat(AcknowledgementRule.apply(List.of()).reasons()).extracting(Reason::code).containsExactly(AcknowledgementRule.NOT_A_MERGED_UNIT);
    }
}
