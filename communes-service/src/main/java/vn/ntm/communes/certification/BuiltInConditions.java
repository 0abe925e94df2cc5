package vn.ntm.communes.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ntm.communes.Level;
import vn.ntm.communes.assessment.AssessmentEntity;
import vn.ntm.communes.assessment.AssessmentService;
import vn.ntm.communes.assessment.Evaluation;
import vn.ntm.communes.certification.DossierApi.UnmetCondition;
import vn.ntm.communes.procedure.ProcedureDocument.SurveyRule;

/**
 * The conditions of QĐ 18/2022/QĐ-TTg Art. 4 and of the procedure's own steps, each known by the code a procedure
 * version lists: ASSESSMENT_ELIGIBLE, SATISFACTION_SURVEY, VOTE_MAJORITY, NO_CAPITAL_CONSTRUCTION_DEBT,
 * NOT_SECURITY_TROUBLE_SPOT, PREREQUISITE_LEVEL, OCOP_PRODUCT. The numbers they apply are data: the survey rule of
 * the pinned version, the vote rules and OCOP settings of {@link CertificationConfig}.
 */
@ApplicationScoped
public class BuiltInConditions {

    static final List<String> CODES = List.of("ASSESSMENT_ELIGIBLE", "SATISFACTION_SURVEY", "VOTE_MAJORITY", "NO_CAPITAL_CONSTRUCTION_DEBT",
            "NOT_SECURITY_TROUBLE_SPOT", "PREREQUISITE_LEVEL", "OCOP_PRODUCT");

    @Inject
    AssessmentService assessments;

    @Inject
    LevelRules levels;

    @Inject
    CertificationConfig config;

    /** Runs the built-in condition {@code code}; false when no built-in condition has that code. */
    boolean check(String code, StepContext c, List<UnmetCondition> unmet, Map<String, Object> checks) {
        switch (code) {
            case "ASSESSMENT_ELIGIBLE" -> eligible(c.dossier(), c.date(), unmet, checks);
            case "SATISFACTION_SURVEY" -> survey(c, unmet, checks);
            case "VOTE_MAJORITY" -> vote(c.step(), c.transition().votesFor(), c.transition().votesAgainst(), unmet, checks);
            case "NO_CAPITAL_CONSTRUCTION_DEBT" -> {
                if (c.debt() == null) {
                    unmet.add(new UnmetCondition("NO_CAPITAL_CONSTRUCTION_DEBT", "Declare declarations.capitalConstructionDebt (QĐ 18/2022, Art. 4, condition 2)."));
                } else if (c.debt()) {
                    unmet.add(new UnmetCondition("NO_CAPITAL_CONSTRUCTION_DEBT", "The commune declares outstanding capital-construction debt under the programme (QĐ 18/2022, Art. 4, condition 2)."));
                }
            }
            case "NOT_SECURITY_TROUBLE_SPOT" -> {
                if (c.troubleSpot() == null) {
                    unmet.add(new UnmetCondition("NOT_SECURITY_TROUBLE_SPOT", "Declare declarations.securityTroubleSpot (QĐ 18/2022, Art. 4, condition 4)."));
                } else if (c.troubleSpot()) {
                    unmet.add(new UnmetCondition("NOT_SECURITY_TROUBLE_SPOT", "The commune is declared a security trouble spot (QĐ 18/2022, Art. 4, condition 4)."));
                }
            }
            case "PREREQUISITE_LEVEL" -> {
                // a recognition is checked on the decision's date, every other step on its own date
                LocalDate on = c.step() == DossierState.RECOGNISED && c.transition().decision() != null ? c.transition().decision().date() : c.date();
                DossierEntity d = c.dossier();
                levels.prerequisite(d.level, d.unitId, d.communeName, assessments.setCodeOf(assessments.find(d.assessmentId)), on, unmet, checks);
            }
            case "OCOP_PRODUCT" -> {
                // only a model commune in the OCOP field was asked about (RemoteFacts); for the others the condition does not apply
                if (c.facts().ocopAsked()) {
                    ocop(c.dossier(), c.facts().ocop(), unmet, checks);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Whether the step needs ocop-service's answer: a model commune whose outstanding field is the OCOP one. */
    boolean needsOcop(DossierEntity d) {
        return d.level == Level.MODEL && config.ocop().field().equals(assessments.outstandingField(assessments.find(d.assessmentId)));
    }

    private void eligible(DossierEntity d, LocalDate date, List<UnmetCondition> unmet, Map<String, Object> checks) {
        AssessmentEntity a = assessments.find(d.assessmentId);
        Evaluation e = assessments.evaluate(a, date);
        checks.put("evaluation", evaluationSummary(e));
        if (!e.eligible()) {
            List<String> failing = e.criteria().stream().filter(x -> x.status() != Evaluation.Status.MET)
                    .map(x -> x.number() + " " + x.nameVi() + " (" + x.status() + ")").toList();
            unmet.add(new UnmetCondition("ASSESSMENT_ELIGIBLE", "Assessment " + a.id + " meets " + e.criteriaMetText() + " "
                    + (d.level == Level.MODEL ? "model-commune conditions" : "criteria") + "; all are needed. Not met: "
                    + String.join("; ", failing.subList(0, Math.min(10, failing.size()))) + (failing.size() > 10 ? "; …" : "") + "."));
        }
    }

    private void survey(StepContext c, List<UnmetCondition> unmet, Map<String, Object> checks) {
        DossierEntity d = c.dossier();
        Map<Level, SurveyRule> rules = c.procedure().document().surveyRules();
        SurveyRule rule = rules == null ? null : rules.get(d.level);
        if (rule == null) {
            // no survey threshold has been published for this level (MODERN, 2026–2030): say so rather than borrow one
            unmet.add(new UnmetCondition("SURVEY_RULE", "Procedure version " + c.procedure().ruleVersion() + " sets no satisfaction-survey rule for "
                    + d.level + "; none has been published for this level."));
            return;
        }
        Optional<CampaignClient.Satisfaction> answer = c.facts().survey();
        if (answer.isEmpty()) {
            unmet.add(new UnmetCondition("SURVEY_CLOSED", "campaign-service has no closed satisfaction survey of commune " + d.communeCode
                    + " for " + d.level + " " + d.year + "."));
            return;
        }
        CampaignClient.Satisfaction s = answer.get();
        Map<String, Object> survey = new LinkedHashMap<>();
        survey.put("surveyId", s.surveyId());
        survey.put("state", s.state());
        survey.put("closedOn", s.closedOn());
        survey.put("householdsInScope", s.householdsInScope());
        survey.put("formsReturned", s.formsReturned());
        survey.put("overallRate", s.overallRate());
        survey.put("requiredCoverage", rule.coverageFloor());
        survey.put("requiredRate", rule.passRate());
        survey.put("source", rule.source());
        survey.put("ruleVersion", c.procedure().ruleVersion());
        if (s.ruleVersion() != null && !s.ruleVersion().equals(c.procedure().ruleVersion())) {
            // campaign-service judged the survey under another version's rule: kept so the difference can be traced
            survey.put("campaignRuleVersion", s.ruleVersion());
            survey.put("ruleVersionDiffers", true);
        }
        checks.put("survey", survey);
        if (s.closedOn() != null && c.date().isBefore(s.closedOn())) {
            if (c.backfill()) {
                checks.put("backfill", Map.of("reason", c.transition().backfillReason(), "stepDate", c.date().toString(), "factDate", s.closedOn().toString(),
                        "fact", "survey " + s.surveyId() + " closed"));
            } else {
                unmet.add(new UnmetCondition("STEP_PREDATES_FACT", "The SATISFACTION_SURVEY step is dated " + c.date() + " but survey " + s.surveyId()
                        + " closed on " + s.closedOn() + ": a step must not predate the results it uses. Date it on or after " + s.closedOn()
                        + ", or, for a historical dossier, send backfill: true with backfillReason (ADMINISTRATOR or PROVINCE_OFFICER)."));
            }
        }
        if (!"CLOSED".equals(s.state())) {
            unmet.add(new UnmetCondition("SURVEY_CLOSED", "Survey " + s.surveyId() + " is " + s.state() + ", not CLOSED."));
        }
        if (s.householdsInScope() == null || s.householdsInScope() <= 0 || s.formsReturned() == null) {
            unmet.add(new UnmetCondition("SURVEY_COVERAGE", "Survey " + s.surveyId() + " reports no households in scope or no forms returned."));
        } else {
            BigDecimal needed = rule.coverageFloor().multiply(BigDecimal.valueOf(s.householdsInScope()));
            if (BigDecimal.valueOf(s.formsReturned()).compareTo(needed) < 0 || Boolean.FALSE.equals(s.coverageMet())) {
                unmet.add(new UnmetCondition("SURVEY_COVERAGE", "Forms came back from " + s.formsReturned() + " of " + s.householdsInScope()
                        + " households; " + d.level + " needs at least " + rule.coverageFloor().toPlainString() + " of them ("
                        + rule.source() + ")" + (Boolean.FALSE.equals(s.coverageMet()) ? "; campaign-service also reports the coverage as not met" : "") + "."));
            }
        }
        if (s.overallRate() == null) {
            unmet.add(new UnmetCondition("SURVEY_SATISFACTION", "Survey " + s.surveyId() + " reports no overall satisfaction rate."));
        } else if (s.overallRate().compareTo(rule.passRate()) < 0 || Boolean.FALSE.equals(s.passed())) {
            unmet.add(new UnmetCondition("SURVEY_SATISFACTION", "Overall satisfaction " + s.overallRate().toPlainString() + " is below the pass rate "
                    + rule.passRate().toPlainString() + " for " + d.level + " (" + rule.source() + ")"
                    + (Boolean.FALSE.equals(s.passed()) && s.overallRate().compareTo(rule.passRate()) >= 0 ? ", or campaign-service reports the survey as not passed" : "") + "."));
        }
    }

    private void vote(DossierState step, Integer votesFor, Integer votesAgainst, List<UnmetCondition> unmet, Map<String, Object> checks) {
        CertificationConfig.Vote rule = config.votes().get(step.name());
        if (rule == null || votesFor == null || votesAgainst == null) {
            unmet.add(new UnmetCondition("VOTE_MAJORITY", "No vote rule is configured for " + step + " (ntm.certification.votes." + step + "), or no votes were sent."));
            return;
        }
        long cast = (long) votesFor + votesAgainst;
        long lhs = (long) votesFor * rule.denominator();
        long rhs = (long) rule.numerator() * cast;
        boolean passed = cast > 0 && (rule.strict() ? lhs > rhs : lhs >= rhs);
        String needed = (rule.strict() ? "more than " : "at least ") + rule.numerator() + "/" + rule.denominator() + " of the votes cast";
        checks.put("vote", Map.of("votesFor", votesFor, "votesAgainst", votesAgainst, "passed", passed, "rule", needed, "source", rule.source()));
        if (!passed) {
            String code = step == DossierState.COMMUNE_VOTE ? "COMMUNE_VOTE_PASSED" : "COUNCIL_VOTE_PASSED";
            unmet.add(new UnmetCondition(code, votesFor + " for, " + votesAgainst + " against: the vote needs " + needed + " (" + rule.source()
                    + "). If the vote failed, record REJECTED."));
        }
    }

    private void ocop(DossierEntity d, Optional<OcopClient.Summary> answer, List<UnmetCondition> unmet, Map<String, Object> checks) {
        int minStars = config.ocop().minStars();
        int qualifying = 0;
        if (answer.isPresent()) {
            OcopClient.Summary s = answer.get();
            if (s.byStars() != null) {
                for (Map.Entry<String, Integer> e : s.byStars().entrySet()) {
                    if (e.getValue() != null && parseStars(e.getKey()) >= minStars) {
                        qualifying += e.getValue();
                    }
                }
            }
            Map<String, Object> ocop = new LinkedHashMap<>();
            ocop.put("activeProducts", s.activeProducts());
            ocop.put("byStars", s.byStars());
            ocop.put("highestStars", s.highestStars());
            ocop.put("qualifyingProducts", qualifying);
            checks.put("ocop", ocop);
        } else {
            checks.put("ocop", "ocop-service knows no product of this commune");
        }
        if (qualifying < 1) {
            unmet.add(new UnmetCondition("OCOP_PRODUCT", "A model commune in the " + config.ocop().field() + " field needs at least one active OCOP product of "
                    + minStars + " stars or more in the commune (" + config.ocop().source() + "); ocop-service reports "
                    + (answer.isEmpty() ? "no product" : "none") + " for " + d.communeCode + "."));
        }
    }

    private static int parseStars(String key) {
        try {
            return Integer.parseInt(key.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Map<String, Object> evaluationSummary(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criteriaMet", e.criteriaMetText());
        m.put("eligible", e.eligible());
        m.put("complete", e.complete());
        m.put("unverifiedThresholdsUsed", e.unverifiedThresholdsUsed());
        m.put("verdict", e.verdict());
        return m;
    }
}
