package vn.ntm.campaign.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.responses.ResponseApi.Answer;
import vn.ntm.campaign.responses.ResponseApi.AnswerInput;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;

/** The form rules on their own: every question once, no stranger, reasons only with NOT_SATISFIED; and the cursor. */
class FormCheckerTest {

    private static final Questionnaire QUESTIONNAIRE = new Questionnaire("OPEN", 3, questions("Q1", "Q2", "Q9"), Set.of("THON-DONG"));

    @Test
    void aCompleteFormPasses() {
        assertThat(check(new AnswerInput("Q9", Answer.SATISFIED, null), new AnswerInput("Q1", Answer.NOT_SATISFIED, "Thiếu đèn"),
                new AnswerInput("Q2", Answer.SATISFIED, "  "))).isEmpty();
    }

    @Test
    void eachProblemIsNamedByItsField() {
        List<Problem.FieldError> errors = check(new AnswerInput("Q1", Answer.SATISFIED, "Tốt"), new AnswerInput("Q1", Answer.SATISFIED, null),
                new AnswerInput("Q7", Answer.NOT_SATISFIED, null));
        assertThat(errors).extracting(Problem.FieldError::field)
                .containsExactly("responses[4].answers[0].reason", "responses[4].answers[1].questionCode",
                        "responses[4].answers[2].questionCode", "responses[4].answers");
        assertThat(errors.get(2).message()).contains("version 3").contains("Q1, Q2, Q9");
        assertThat(errors.get(3).message()).endsWith("missing: Q2, Q9");
    }

    @Test
    void aFormFromTheFutureOrWithControlCharactersIsRefused() {
        Form form = new Form(0, "", UUID.randomUUID(), "THON-DONG", "HGĐ-\u0000-01",
                List.of(new AnswerInput("Q1", Answer.SATISFIED, null), new AnswerInput("Q2", Answer.SATISFIED, null),
                        new AnswerInput("Q9", Answer.SATISFIED, null)), Instant.now().plus(3, ChronoUnit.DAYS));
        assertThat(FormChecker.check(form, QUESTIONNAIRE)).extracting(Problem.FieldError::field).containsExactly("householdId", "collectedAt");
    }

    @Test
    void cursorsRoundTripAndForeignOnesAreRefused() {
        assertThat(ResponseService.decodeCursor(ResponseService.encodeCursor(123_456L))).isEqualTo(123_456L);
        assertThat(ResponseService.decodeCursor(null)).isZero();
        assertThatThrownBy(() -> ResponseService.decodeCursor("!!")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ResponseService.decodeCursor("cjE6LTU")).isInstanceOf(ApiException.class); // "r1:-5"
    }

    @Test
    void householdIdentifiersAreComparedAfterNormalisation() {
        assertThat(HouseholdHasher.normalise("  hgđ-tho\u0302n  đông-7 ")).isEqualTo("HGĐ-THÔN ĐÔNG-7");
    }

    private static List<Problem.FieldError> check(AnswerInput... answers) {
        return FormChecker.check(new Form(4, "responses[4].", UUID.randomUUID(), "THON-DONG", "HGĐ-01", List.of(answers), null), QUESTIONNAIRE);
    }

    private static Map<String, Integer> questions(String... codes) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            map.put(codes[i], i);
        }
        return map;
    }
}
