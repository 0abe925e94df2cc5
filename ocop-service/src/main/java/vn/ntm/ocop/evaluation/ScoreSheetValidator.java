package vn.ntm.ocop.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.ocop.rules.RuleSet;
import vn.ntm.ocop.rules.ScorePart;

/** Checks a score sheet against the part maxima of the rule version and turns it into part totals and items. */
final class ScoreSheetValidator {

    private ScoreSheetValidator() {
    }

    record Checked(Map<ScorePart, BigDecimal> parts, BigDecimal total, List<ScoreItem> items) {
    }

    static Checked check(ScoreSheetRequest request, RuleSet rules) {
        Map<ScorePart, ScoreSheetRequest.PartScores> parts = new EnumMap<>(ScorePart.class);
        parts.put(ScorePart.A, request.partA());
        parts.put(ScorePart.B, request.partB());
        parts.put(ScorePart.C, request.partC());

        List<Problem.FieldError> duplicates = new ArrayList<>();
        List<ScoreItem> items = new ArrayList<>();
        Map<ScorePart, BigDecimal> sums = new EnumMap<>(ScorePart.class);
        for (var entry : parts.entrySet()) {
            ScorePart part = entry.getKey();
            Set<String> codes = new HashSet<>();
            BigDecimal sum = BigDecimal.ZERO;
            List<ScoreSheetRequest.Item> partItems = entry.getValue().items();
            for (int i = 0; i < partItems.size(); i++) {
                ScoreSheetRequest.Item item = partItems.get(i);
                String code = item.code().strip();
                if (!codes.add(code)) {
                    duplicates.add(new Problem.FieldError(part.fieldName() + ".items[" + i + "].code", "duplicate item code '" + code + "'"));
                }
                sum = sum.add(item.score());
                items.add(new ScoreItem(part, code, item.label() == null ? null : item.label().strip(), item.score().setScale(2)));
            }
            sums.put(part, sum.setScale(2));
        }
        if (!duplicates.isEmpty()) {
            throw ApiException.invalidFields(duplicates);
        }
        requireWithinMaxima(sums, rules, "");
        BigDecimal total = sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Checked(sums, total, items);
    }

    /** 422 naming every part whose score is above its maximum. */
    static void requireWithinMaxima(Map<ScorePart, BigDecimal> sums, RuleSet rules, String fieldPrefix) {
        List<Problem.FieldError> over = new ArrayList<>();
        for (var entry : sums.entrySet()) {
            BigDecimal maximum = rules.maximum(entry.getKey());
            if (entry.getValue().compareTo(maximum) > 0) {
                over.add(new Problem.FieldError(fieldPrefix + entry.getKey().fieldName(), "Part " + entry.getKey() + " totals "
                        + entry.getValue().toPlainString() + " points, above its maximum of " + maximum.toPlainString()
                        + " under " + rules.legalSource() + " (rule version " + rules.code() + ")"));
            }
        }
        if (!over.isEmpty()) {
            throw ApiException.unprocessable("A part's score is above its maximum: " + String.join(", ",
                    over.stream().map(Problem.FieldError::field).toList()) + ".", over);
        }
    }
}
