package vn.ntm.ocop.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ntm.ocop.rules.Rating;
import vn.ntm.ocop.rules.RuleSet;
import vn.ntm.ocop.rules.ScorePart;
import vn.ntm.ocop.rules.StarRating;

/** Entities to API records for evaluations. */
final class EvaluationMapper {

    private EvaluationMapper() {
    }

    static EvaluationView view(Evaluation e, RuleSet rules) {
        Map<String, MandatoryCheck> answers = answers(e);
        List<EvaluationView.CriterionView> criteria = rules.mandatoryCriteria().stream().map(c -> {
            MandatoryCheck answer = answers.get(c.code());
            return new EvaluationView.CriterionView(c.code(), c.stars(), c.nameVi(), answer == null ? null : answer.met,
                    answer == null ? null : answer.note);
        }).toList();
        List<ScoreSheetView> sheets = e.sheets.stream().map(s -> sheet(s, rules)).toList();
        return new EvaluationView(e.id, e.product.id, e.product.name, e.councilLevel, e.councilName, e.evaluationDate,
                new EvaluationView.RuleSummary(rules.code(), rules.legalSource(), rules.maximum(ScorePart.A), rules.maximum(ScorePart.B),
                        rules.maximum(ScorePart.C)),
                e.state, criteria, sheets, result(e, rules), e.createdBy, e.dossierId, e.backFilled, e.version);
    }

    static ScoreSheetView sheet(ScoreSheet s, RuleSet rules) {
        return new ScoreSheetView(s.member, part(s, ScorePart.A, s.partA, rules), part(s, ScorePart.B, s.partB, rules),
                part(s, ScorePart.C, s.partC, rules), s.total, s.filedAt);
    }

    private static ScoreSheetView.PartView part(ScoreSheet s, ScorePart part, BigDecimal score, RuleSet rules) {
        return new ScoreSheetView.PartView(part, score, rules.maximum(part), s.items.stream().filter(i -> i.part == part)
                .map(i -> new ScoreSheetView.ItemView(i.code, i.label, i.score)).toList());
    }

    private static EvaluationView.ResultView result(Evaluation e, RuleSet rules) {
        if (e.state == EvaluationState.DECIDED) {
            return new EvaluationView.ResultView(false, e.scoreSheetCount, e.averageScore, e.bandStars, e.mandatoryCapStars, e.awardedStars,
                    e.outcome, e.proposedForStars, List.of(), e.decisionNumber, e.decisionDate, e.issuingBody, e.decidedBy, e.decidedAt,
                    e.certificate == null ? null : e.certificate.number);
        }
        if (e.sheets.isEmpty()) {
            return null;
        }
        Rating rating = rate(e, rules);
        return new EvaluationView.ResultView(true, e.sheets.size(), rating.averageScore(), rating.bandStars(), rating.mandatoryCapStars(),
                rating.awardedStars(), rating.outcome(), rating.proposedForStars(), rating.unansweredCriteria(),
                null, null, null, null, null, null);
    }

    static Rating rate(Evaluation e, RuleSet rules) {
        Map<String, Boolean> answers = e.mandatoryChecks.stream().collect(Collectors.toMap(c -> c.criterionCode, c -> c.met));
        return StarRating.rate(rules, e.councilLevel, e.sheets.stream().map(s -> s.total).toList(), answers);
    }

    private static Map<String, MandatoryCheck> answers(Evaluation e) {
        return e.mandatoryChecks.stream().collect(Collectors.toMap(c -> c.criterionCode, Function.identity()));
    }
}
