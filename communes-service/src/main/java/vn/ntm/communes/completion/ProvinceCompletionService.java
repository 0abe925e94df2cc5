package vn.ntm.communes.completion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.ntm.common.problem.ApiException;
import vn.ntm.communes.Level;
import vn.ntm.communes.completion.CompletionRuleDocument.Condition;
import vn.ntm.communes.completion.CompletionRuleDocument.Kind;
import vn.ntm.communes.completion.ProvinceCompletionView.ConditionResult;
import vn.ntm.communes.completion.ProvinceCompletionView.Status;
import vn.ntm.communes.completion.ProvinceCompletionView.Verdict;
import vn.ntm.communes.targets.ProgressQueries;
import vn.ntm.communes.targets.ProgressService;
import vn.ntm.communes.units.ProvinceRef;
import vn.ntm.communes.units.ProvinceViews;
import vn.ntm.communes.units.Today;

/**
 * Evaluates a province-completion rule (QĐ 51/2025/QĐ-TTg, Phụ lục III) from the registry and explains each
 * condition. As with a commune's criteria, a condition whose text is unconfirmed, or which the registry cannot decide,
 * makes the answer "cannot be decided" unless a confirmed condition already fails: no province is declared complete
 * on a guess.
 */
@ApplicationScoped
public class ProvinceCompletionService {

    private final CompletionRuleService rules;
    private final CompletionQueries queries;
    private final ProgressQueries progress;
    private final ProvinceViews provinces;
    private final Today today;

    ProvinceCompletionService(CompletionRuleService rules, CompletionQueries queries, ProgressQueries progress, ProvinceViews provinces, Today today) {
        this.rules = rules;
        this.queries = queries;
        this.progress = progress;
        this.provinces = provinces;
        this.today = today;
    }

    @Transactional
    public ProvinceCompletionView evaluate(String code, int from, int to, String ruleCode, LocalDate asOf) {
        return evaluate(code, rules.forPeriod(from, to, ruleCode), asOf);
    }

    /** Under a rule already read: the national roll-up reads it once for all 34 provinces. */
    @Transactional
    public ProvinceCompletionView evaluate(String code, CompletionRuleService.Rule rule, LocalDate asOf) {
        int from = rule.document().periodFrom();
        int to = rule.document().periodTo();
        LocalDate periodStart = LocalDate.of(from, 1, 1);
        LocalDate periodEnd = LocalDate.of(to, 12, 31);
        LocalDate known = today.orToday(asOf);
        if (known.isBefore(periodStart)) {
            throw ApiException.invalidField("asOf", "must not be before " + periodStart + ", the first day of the period " + from + "–" + to);
        }
        LocalDate date = known.isAfter(periodEnd) ? periodEnd : known;
        ProvinceRef province = provinces.require(code, date);
        if (!province.existsOn(date)) {
            String successors = provinces.successors(province).stream().map(p -> p.code() + " " + p.name()).collect(Collectors.joining(", "));
            throw ApiException.unprocessable(province.name() + " (" + code + ") ended on " + province.validTo() + ", before " + date
                    + "; it does not take part in " + from + "–" + to + (successors.isEmpty() ? "." : ". Its communes now belong to " + successors + "."));
        }
        long communes = progress.ruralCommunes(province.id(), date);
        List<ConditionResult> results = new ArrayList<>();
        for (Condition c : rule.document().conditions()) {
            if (c.kind() == Kind.COMMUNE_SHARE) {
                results.add(share(c, communes, queries.holding(province.id(), date, date, c.levels(), from, to), from, to));
            } else {
                results.add(new ConditionResult(c.code(), c.kind(), c.textVi(), c.textEn(), Status.NOT_DECIDED, null, null, null, null, null,
                        Boolean.TRUE.equals(c.verified()), c.source(), c.note(),
                        "Checked from the province's dossier, not from the registry: the platform does not decide it."));
            }
        }
        List<String> failing = results.stream().filter(r -> r.verified() && r.status() == Status.NOT_MET).map(ConditionResult::code).toList();
        List<String> blocking = results.stream().filter(r -> !r.verified() || r.status() == Status.NOT_DECIDED).map(ConditionResult::code).toList();
        Verdict verdict;
        String reason;
        if (!failing.isEmpty()) {
            verdict = Verdict.NOT_COMPLETE;
            reason = failing.size() + " confirmed condition(s) not met: " + String.join(", ", failing);
        } else if (!blocking.isEmpty()) {
            verdict = Verdict.UNDECIDABLE;
            reason = "Cannot be decided: " + blocking.size() + " condition(s) rest on text not confirmed from the official text or are not decided "
                    + "by the registry: " + String.join(", ", blocking);
        } else {
            verdict = Verdict.COMPLETE;
            reason = "Every condition of " + rule.code() + " v" + rule.version() + " is met.";
        }
        var denominator = new ProvinceCompletionView.Denominator(communes, date, "Rural communes (XA) of " + province.name() + " existing on " + date
                + ". Wards (PHUONG) and special zones (DAC_KHU) are not in the NTM programme.");
        return new ProvinceCompletionView(province, from + "-" + to, date,
                new ProvinceCompletionView.RuleRef(rule.code(), rule.version(), rule.document().legalBasis(), rule.unverified()),
                denominator, results, verdict, reason, blocking.isEmpty() ? null : blocking);
    }

    private static ConditionResult share(Condition c, long communes, long holding, int from, int to) {
        long required = BigDecimal.valueOf(communes).multiply(c.minPercent()).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValue();
        String levels = c.levels().stream().map(Level::name).collect(Collectors.joining(" or "));
        Status status;
        String explanation;
        if (communes == 0) {
            status = Status.NOT_DECIDED;
            explanation = "The province has no rural commune on this day: a share of none is not decided.";
        } else {
            status = holding >= required ? Status.MET : Status.NOT_MET;
            explanation = holding + " of " + communes + " rural communes (" + ProgressService.share(holding, communes).percent()
                    + "%) hold " + levels + " under a " + from + "–" + to + " criteria set; " + required + " (" + c.minPercent().stripTrailingZeros().toPlainString()
                    + "%) are required.";
        }
        return new ConditionResult(c.code(), c.kind(), c.textVi(), c.textEn(), status, c.levels(), c.minPercent(), holding, required,
                ProgressService.share(holding, communes), Boolean.TRUE.equals(c.verified()), c.source(), c.note(), explanation);
    }
}
