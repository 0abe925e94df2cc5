package vn.ntm.campaign.responses;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.campaign.responses.ResponseApi.Answer;
import vn.ntm.campaign.responses.ResponseApi.AnswerInput;
import vn.ntm.common.problem.Problem;

/**
 * Checks a form against the questionnaire it answers: every question answered exactly once, no unknown question,
 * reasons only where the household is not satisfied. Messages name the field and never quote the household.
 */
final class FormChecker {

    /** Devices' clocks drift; a form dated more than this ahead of the server is refused. */
    private static final long CLOCK_SKEW_HOURS = 24;

    private FormChecker() {
    }

    static List<Problem.FieldError> check(Form form, Questionnaire questionnaire) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String p = form.field();
        if (form.householdId() != null && form.householdId().codePoints().anyMatch(Character::isISOControl)) {
            errors.add(new Problem.FieldError(p + "householdId", "must not contain control characters"));
        }
        if (form.collectedAt() != null && form.collectedAt().isAfter(Instant.now().plus(CLOCK_SKEW_HOURS, ChronoUnit.HOURS))) {
            errors.add(new Problem.FieldError(p + "collectedAt", "is in the future; check the device's clock"));
        }
        Map<String, Integer> answered = new HashMap<>();
        List<AnswerInput> answers = form.answers();
        for (int i = 0; i < answers.size(); i++) {
            AnswerInput a = answers.get(i);
            String field = p + "answers[" + i + "]";
            if (!questionnaire.questions().containsKey(a.questionCode())) {
                errors.add(new Problem.FieldError(field + ".questionCode", "unknown question '" + a.questionCode()
                        + "'; the questionnaire (version " + questionnaire.version() + ") has " + String.join(", ", questionnaire.questions().keySet())));
                continue;
            }
            Integer first = answered.putIfAbsent(a.questionCode(), i);
            if (first != null) {
                errors.add(new Problem.FieldError(field + ".questionCode", "question " + a.questionCode()
                        + " is already answered in " + p + "answers[" + first + "]"));
            }
            if (a.answer() == Answer.SATISFIED && a.reason() != null && !a.reason().isBlank()) {
                errors.add(new Problem.FieldError(field + ".reason", "give a reason only with NOT_SATISFIED"));
            }
        }
        Set<String> missing = new LinkedHashSet<>(questionnaire.questions().keySet());
        missing.removeAll(answered.keySet());
        if (!missing.isEmpty()) {
            errors.add(new Problem.FieldError(p + "answers", "every question must be answered; missing: " + String.join(", ", missing)));
        }
        return errors;
    }

    static Problem.FieldError unknownVillage(String field, String code, Questionnaire questionnaire) {
        return new Problem.FieldError(field, "unknown village '" + code + "'; the survey's villages are "
                + String.join(", ", questionnaire.villages()));
    }
}
