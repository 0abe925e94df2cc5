package vn.ntm.communes.certification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.security.Scopes;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.Level;
import vn.ntm.communes.assessment.AssessmentEntity;
import vn.ntm.communes.assessment.AssessmentService;
import vn.ntm.communes.assessment.Evaluation;
import vn.ntm.communes.certification.DossierApi.Decision;
import vn.ntm.communes.certification.DossierApi.Declarations;
import vn.ntm.communes.certification.DossierApi.Document;
import vn.ntm.communes.certification.DossierApi.DossierView;
import vn.ntm.communes.certification.DossierApi.DossierListItem;
import vn.ntm.communes.certification.DossierApi.NewDossier;
import vn.ntm.communes.certification.DossierApi.StepView;
import vn.ntm.communes.certification.DossierApi.Transition;
import vn.ntm.communes.certification.DossierApi.UnmetCondition;
import vn.ntm.communes.recognition.NewRecognition;
import vn.ntm.communes.recognition.RecognitionRef;
import vn.ntm.communes.recognition.RecognitionRegistry;

/**
 * The certification workflow of QĐ 18/2022/QĐ-TTg. A transition is checked in this order, and a refused one changes
 * nothing: the caller's role for that step (403), the dossier (404), the caller's territory (403), If-Match (428), its
 * version (412), the step order (409), the request fields (400), the other services (503, before any write), then the
 * step's preconditions (422, every unmet one listed). Every step records the authenticated caller as its actor.
 */
@ApplicationScoped
public class DossierService {

    private static final TypeReference<List<Document>> DOCUMENTS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Object>> CHECKS = new TypeReference<>() {
    };

    @Inject
    AssessmentService assessments;

    @Inject
    RecognitionRegistry registry;

    @Inject
    RemoteAnswers remote;

    @Inject
    LevelRules levels;

    @Inject
    CertificationConfig config;

    @Inject
    CurrentActor currentActor;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    jakarta.enterprise.inject.Instance<DossierPrecondition> preconditions;

    Clock clock = Clock.systemUTC();

    @Transactional
    public DossierView open(NewDossier request) {
        // scope before existence: an unknown assessment named for another commune is a 403, not a 422 (issue 20)
        assessments.requireCommuneInScope(request.communeCode(), request.year());
        AssessmentEntity a = AssessmentEntity.findById(request.assessmentId());
        if (a == null) {
            throw ApiException.unprocessable("Unknown assessment.", List.of(new FieldError("assessmentId",
                    "assessment " + request.assessmentId() + " does not exist; open one with POST /api/v1/assessments")));
        }
        Scopes.requireCommune(currentActor.get(), a.provinceCode, a.communeCode);
        Level setLevel = assessments.levelOf(a);
        List<FieldError> errors = new ArrayList<>();
        if (!a.communeCode.equals(request.communeCode())) {
            errors.add(new FieldError("communeCode", "the assessment is of commune " + a.communeCode + " (" + a.communeName + ")"));
        }
        if (a.year != request.year()) {
            errors.add(new FieldError("year", "the assessment is for " + a.year));
        }
        if (setLevel != request.level()) {
            errors.add(new FieldError("level", "the assessment uses a " + setLevel + " criteria set"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The dossier does not match its assessment.", errors);
        }
        if (DossierEntity.count("unitId = ?1 AND level = ?2 AND year = ?3 AND state <> ?4", a.unitId, request.level(), a.year,
                DossierState.REJECTED) > 0) {
            throw ApiException.conflict(a.communeName + " already has a " + request.level() + " dossier for " + a.year
                    + " that is not rejected; continue it or reject it first.");
        }
        LocalDate date = request.date() == null ? today() : request.date();
        ActingBody body = request.body() == null ? ActingBody.COMMUNE : request.body();
        if (date.isAfter(today())) {
            throw ApiException.invalidField("date", "must not be in the future");
        }
        List<UnmetCondition> unmet = new ArrayList<>();
        Map<String, Object> openingChecks = new LinkedHashMap<>();
        checkBody(body, date, unmet);
        levels.levelStillOpen(request.level(), date, unmet);
        if (request.level() == Level.MODERN) {
            // the pilot is entered only by an NTM commune of the period; checked again at SUBMISSION and RECOGNISED
            levels.prerequisite(Level.MODERN, a.unitId, a.communeName, assessments.setCodeOf(a), date, unmet, openingChecks);
        }
        refuseIfUnmet(DossierState.SELF_ASSESSMENT, unmet);

        DossierEntity d = new DossierEntity();
        d.id = UUID.randomUUID();
        d.unitId = a.unitId;
        d.communeCode = a.communeCode;
        d.communeName = a.communeName;
        d.provinceCode = a.provinceCode;
        d.level = request.level();
        d.year = a.year;
        d.assessmentId = a.id;
        d.state = DossierState.SELF_ASSESSMENT;
        declare(d, request.declarations());
        d.createdAt = Instant.now(clock);
        d.createdBy = currentActor.get().subject();
        d.updatedAt = d.createdAt;
        d.persist();
        Evaluation e = assessments.evaluate(a, date);
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("evaluation", evaluationSummary(e));
        checks.putAll(openingChecks);
        writeStep(d, DossierState.SELF_ASSESSMENT, body, date, request.documents(), null, null, request.note(), checks);
        em.flush();
        return view(d);
    }

    /** A dossier, for an official whose token reaches its commune. */
    public DossierView get(UUID id) {
        DossierEntity d = find(id);
        Scopes.requireCommune(currentActor.get(), d.provinceCode, d.communeCode);
        return view(d);
    }

    public DossierEntity find(UUID id) {
        DossierEntity d = DossierEntity.findById(id);
        if (d == null) {
            throw ApiException.notFound("Dossier", id);
        }
        return d;
    }

    /** The dossiers the caller's token reaches (its commune, its province, or all for an administrator), filtered. */
    public PageResponse<DossierListItem> list(String province, Level level, Integer year, DossierState state, PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        Actor actor = currentActor.get();
        if (!actor.hasRole(Roles.ADMINISTRATOR)) {
            if (actor.communeCode() != null) {
                where.append(" AND communeCode = :scopeCommune");
                params.put("scopeCommune", actor.communeCode());
            } else if (actor.provinceCode() != null) {
                where.append(" AND provinceCode = :scopeProvince");
                params.put("scopeProvince", actor.provinceCode());
            } else {
                return PageResponse.of(List.of(), page, 0);
            }
        }
        if (province != null) {
            where.append(" AND provinceCode = :province");
            params.put("province", province);
        }
        if (level != null) {
            where.append(" AND level = :level");
            params.put("level", level);
        }
        if (year != null) {
            where.append(" AND year = :year");
            params.put("year", year);
        }
        if (state != null) {
            where.append(" AND state = :state");
            params.put("state", state);
        }
        var query = DossierEntity.find(where.toString(), Sort.by("createdAt", Sort.Direction.Descending).and("id"), params);
        long total = query.count();
        List<DossierListItem> items = query.page(Page.of(page.page(), page.size())).<DossierEntity>list().stream()
                .map(d -> new DossierListItem(d.id, d.communeCode, d.communeName, d.provinceCode, d.level, d.year, d.state, d.createdAt, d.updatedAt))
                .toList();
        return PageResponse.of(items, page, total);
    }

    /** What the other services said, fetched before the transaction so that a failure there writes nothing. */
    record RemoteFacts(Optional<CampaignClient.Satisfaction> survey, Optional<OcopClient.Summary> ocop, boolean surveyAsked,
                       boolean ocopAsked) {
    }

    public DossierView transition(UUID id, Transition t, String ifMatch) {
        Actor actor = currentActor.get();
        StepRoles.require(actor, t.to());
        DossierEntity d = find(id);
        Scopes.requireCommune(actor, d.provinceCode, d.communeCode);
        long expected = Versions.requestedVersion(ifMatch);
        checkVersion(d, expected);
        checkAllowed(d, t.to());
        LocalDate date = t.date() == null ? today() : t.date();
        validate(d, t, date);
        RemoteFacts facts = fetch(d, t.to(), date);
        return QuarkusTransaction.joiningExisting().call(() -> apply(id, expected, t, date, facts));
    }

    private DossierView apply(UUID id, long expected, Transition t, LocalDate date, RemoteFacts facts) {
        // the row lock makes a concurrent transition with the same If-Match wait, then fail with 412
        DossierEntity d = em.find(DossierEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw ApiException.notFound("Dossier", id);
        }
        checkVersion(d, expected);
        checkAllowed(d, t.to());
        Boolean debt = t.declarations() != null && t.declarations().capitalConstructionDebt() != null
                ? t.declarations().capitalConstructionDebt() : d.capitalConstructionDebt;
        Boolean troubleSpot = t.declarations() != null && t.declarations().securityTroubleSpot() != null
                ? t.declarations().securityTroubleSpot() : d.securityTroubleSpot;
        List<UnmetCondition> unmet = new ArrayList<>();
        Map<String, Object> checks = new LinkedHashMap<>();
        checkBody(t.body(), date, unmet);
        String outstandingField = d.outstandingField;
        switch (t.to()) {
            case PUBLICATION_FOR_COMMENT -> checkEligible(d, date, unmet, checks);
            case SATISFACTION_SURVEY -> checkSurvey(d, facts.survey(), unmet, checks);
            case COMMUNE_VOTE -> checkVote(t.to(), t.votesFor(), t.votesAgainst(), unmet, checks);
            case COUNCIL_VOTE -> {
                checkVote(t.to(), t.votesFor(), t.votesAgainst(), unmet, checks);
                // until procedure versions name each step's preconditions as data (issue 17), every registered one guards the vote
                for (DossierPrecondition p : preconditions) {
                    p.check(d, date, unmet, checks);
                }
            }
            case SUBMISSION -> {
                checkEligible(d, date, unmet, checks);
                if (debt == null) {
                    unmet.add(new UnmetCondition("NO_CAPITAL_CONSTRUCTION_DEBT", "Declare declarations.capitalConstructionDebt (QĐ 18/2022, Art. 4, condition 2)."));
                } else if (debt) {
                    unmet.add(new UnmetCondition("NO_CAPITAL_CONSTRUCTION_DEBT", "The commune declares outstanding capital-construction debt under the programme (QĐ 18/2022, Art. 4, condition 2)."));
                }
                if (troubleSpot == null) {
                    unmet.add(new UnmetCondition("NOT_SECURITY_TROUBLE_SPOT", "Declare declarations.securityTroubleSpot (QĐ 18/2022, Art. 4, condition 4)."));
                } else if (troubleSpot) {
                    unmet.add(new UnmetCondition("NOT_SECURITY_TROUBLE_SPOT", "The commune is declared a security trouble spot (QĐ 18/2022, Art. 4, condition 4)."));
                }
                checkPrerequisite(d, date, unmet, checks);
                outstandingField = d.level == Level.MODEL ? assessments.outstandingField(assessments.find(d.assessmentId)) : null;
                if (facts.ocopAsked()) {
                    checkOcop(d, facts.ocop(), unmet, checks);
                }
            }
            case RECOGNISED -> checkPrerequisite(d, t.decision().date(), unmet, checks);
            default -> {
                // VERIFICATION, PROVINCIAL_APPRAISAL, REJECTED: no precondition beyond order, body and date
            }
        }
        refuseIfUnmet(t.to(), unmet);

        RecognitionRef recognition = null;
        if (t.to() == DossierState.RECOGNISED) {
            // before the dossier changes: the registry's queries would flush a half-changed dossier (a second version bump)
            Decision decision = t.decision();
            recognition = registry.recognize(new NewRecognition(d.unitId, d.level, assessments.setCodeOf(assessments.find(d.assessmentId)),
                    d.year, VietnameseText.nfc(decision.number()), decision.date(), VietnameseText.nfc(decision.signer()), outstandingField, d.id));
            checks.put("recognition", Map.of("id", recognition.id().toString(), "criteriaSetCode", recognition.criteriaSetCode()));
        }
        declare(d, t.declarations());
        d.outstandingField = outstandingField;
        if (recognition != null) {
            d.decisionNumber = recognition.decisionNumber();
            d.decisionDate = recognition.decisionDate();
            d.signer = VietnameseText.nfc(t.decision().signer());
            d.recognitionId = recognition.id();
        }
        d.state = t.to();
        d.updatedAt = Instant.now(clock);
        writeStep(d, t.to(), t.body(), date, t.documents(), t.votesFor(), t.votesAgainst(), t.note(), checks);
        em.flush();
        return view(d);
    }

    private void validate(DossierEntity d, Transition t, LocalDate date) {
        List<FieldError> errors = new ArrayList<>();
        if (date.isAfter(today())) {
            errors.add(new FieldError("date", "must not be in the future"));
        }
        DossierStepEntity last = DossierStepEntity.<DossierStepEntity>find("dossierId = ?1", Sort.by("seq").descending(), d.id).firstResult();
        if (last != null && date.isBefore(last.stepDate)) {
            errors.add(new FieldError("date", "must not be before the previous step (" + last.state + " on " + last.stepDate + ")"));
        }
        if (t.to().isVote()) {
            if (t.votesFor() == null) {
                errors.add(new FieldError("votesFor", "a vote records the votes for"));
            }
            if (t.votesAgainst() == null) {
                errors.add(new FieldError("votesAgainst", "a vote records the votes against"));
            }
        } else if (t.votesFor() != null || t.votesAgainst() != null) {
            errors.add(new FieldError(t.votesFor() != null ? "votesFor" : "votesAgainst", "only COMMUNE_VOTE and COUNCIL_VOTE record votes"));
        }
        if (t.to() == DossierState.RECOGNISED) {
            if (t.decision() == null) {
                errors.add(new FieldError("decision", "RECOGNISED records the decision: number, date and signer"));
            } else if (t.decision().date().isBefore(date.minusYears(1)) || t.decision().date().isAfter(today())) {
                errors.add(new FieldError("decision.date", "must not be in the future nor more than a year before the step"));
            }
        } else if (t.decision() != null) {
            errors.add(new FieldError("decision", "only RECOGNISED records a decision"));
        }
        if (t.to() == DossierState.REJECTED && (t.note() == null || t.note().isBlank())) {
            errors.add(new FieldError("note", "say why the dossier is rejected"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
    }

    private RemoteFacts fetch(DossierEntity d, DossierState to, LocalDate date) {
        if (to == DossierState.SATISFACTION_SURVEY) {
            return new RemoteFacts(remote.satisfaction(d.communeCode, d.level, d.year), Optional.empty(), true, false);
        }
        if (to == DossierState.SUBMISSION && d.level == Level.MODEL
                && config.ocop().field().equals(assessments.outstandingField(assessments.find(d.assessmentId)))) {
            return new RemoteFacts(Optional.empty(), remote.ocopSummary(d.communeCode, date), false, true);
        }
        return new RemoteFacts(Optional.empty(), Optional.empty(), false, false);
    }

    private void checkBody(ActingBody body, LocalDate date, List<UnmetCondition> unmet) {
        if (body == ActingBody.DISTRICT && !date.isBefore(config.districtTierEnds())) {
            unmet.add(new UnmetCondition("DISTRICT_TIER_ENDED", "A step dated " + date + " cannot be taken for the DISTRICT tier: it ended on "
                    + config.districtTierEnds() + " (" + config.districtTierSource() + "). Name COMMUNE or PROVINCE."));
        }
    }

    private void checkEligible(DossierEntity d, LocalDate date, List<UnmetCondition> unmet, Map<String, Object> checks) {
        AssessmentEntity a = assessments.find(d.assessmentId);
        Evaluation e = assessments.evaluate(a, date);
        checks.put("evaluation", evaluationSummary(e));
        if (!e.eligible()) {
            List<String> failing = e.criteria().stream().filter(c -> c.status() != Evaluation.Status.MET)
                    .map(c -> c.number() + " " + c.nameVi() + " (" + c.status() + ")").toList();
            unmet.add(new UnmetCondition("ASSESSMENT_ELIGIBLE", "Assessment " + a.id + " meets " + e.criteriaMetText() + " "
                    + (d.level == Level.MODEL ? "model-commune conditions" : "criteria") + "; all are needed. Not met: "
                    + String.join("; ", failing.subList(0, Math.min(10, failing.size()))) + (failing.size() > 10 ? "; …" : "") + "."));
        }
    }

    private void checkSurvey(DossierEntity d, Optional<CampaignClient.Satisfaction> answer, List<UnmetCondition> unmet, Map<String, Object> checks) {
        CertificationConfig.Survey rule = config.survey().get(d.level.name());
        if (rule == null) {
            // no survey threshold has been published for this level (MODERN, 2026–2030): say so rather than borrow one
            unmet.add(new UnmetCondition("SURVEY_RULE", "No satisfaction-survey threshold is configured for " + d.level
                    + " (ntm.certification.survey." + d.level + "); none has been published for this level."));
            return;
        }
        if (answer.isEmpty()) {
            unmet.add(new UnmetCondition("SURVEY_CLOSED", "campaign-service has no closed satisfaction survey of commune " + d.communeCode
                    + " for " + d.level + " " + d.year + "."));
            return;
        }
        CampaignClient.Satisfaction s = answer.get();
        Map<String, Object> survey = new LinkedHashMap<>();
        survey.put("surveyId", s.surveyId());
        survey.put("state", s.state());
        survey.put("householdsInScope", s.householdsInScope());
        survey.put("formsReturned", s.formsReturned());
        survey.put("overallRate", s.overallRate());
        survey.put("requiredCoverage", rule.coverageFloor());
        survey.put("requiredRate", rule.passRate());
        survey.put("source", rule.source());
        checks.put("survey", survey);
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

    private void checkVote(DossierState step, int votesFor, int votesAgainst, List<UnmetCondition> unmet, Map<String, Object> checks) {
        CertificationConfig.Vote rule = config.votes().get(step.name());
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

    private void checkPrerequisite(DossierEntity d, LocalDate on, List<UnmetCondition> unmet, Map<String, Object> checks) {
        levels.prerequisite(d.level, d.unitId, d.communeName, assessments.setCodeOf(assessments.find(d.assessmentId)), on, unmet, checks);
    }

    private void checkOcop(DossierEntity d, Optional<OcopClient.Summary> answer, List<UnmetCondition> unmet, Map<String, Object> checks) {
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

    private static void refuseIfUnmet(DossierState step, List<UnmetCondition> unmet) {
        if (!unmet.isEmpty()) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("step", step);
            context.put("unmetConditions", unmet);
            throw new ApiException(ProblemType.PRECONDITION_UNMET, unmet.size() + " condition(s) for " + step + " are not met: "
                    + String.join(", ", unmet.stream().map(UnmetCondition::code).toList()) + ". Nothing was changed.", null, context);
        }
    }

    private static void checkVersion(DossierEntity d, long expected) {
        if (d.version != expected) {
            throw ApiException.staleVersion("Dossier " + d.id + " is at version " + d.version + "; you sent If-Match for version "
                    + expected + ". Read it again.");
        }
    }

    private static void checkAllowed(DossierEntity d, DossierState to) {
        List<DossierState> allowed = d.state.allowedNext();
        if (!allowed.contains(to)) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("from", d.state);
            context.put("to", to);
            context.put("allowed", allowed);
            throw new ApiException(ProblemType.INVALID_TRANSITION, d.state.isFinal()
                    ? "The dossier is " + d.state + ": no step can follow."
                    : to + " cannot follow " + d.state + "; the next step is " + allowed.get(0) + " (or REJECTED).", null, context);
        }
    }

    private static void declare(DossierEntity d, Declarations declarations) {
        if (declarations == null) {
            return;
        }
        if (declarations.capitalConstructionDebt() != null) {
            d.capitalConstructionDebt = declarations.capitalConstructionDebt();
        }
        if (declarations.securityTroubleSpot() != null) {
            d.securityTroubleSpot = declarations.securityTroubleSpot();
        }
    }

    private static Map<String, Object> evaluationSummary(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("criteriaMet", e.criteriaMetText());
        m.put("eligible", e.eligible());
        m.put("complete", e.complete());
        m.put("unverifiedThresholdsUsed", e.unverifiedThresholdsUsed());
        m.put("verdict", e.verdict());
        return m;
    }

    private void writeStep(DossierEntity d, DossierState state, ActingBody body, LocalDate date, List<Document> documents, Integer votesFor,
                           Integer votesAgainst, String note, Map<String, Object> checks) {
        Actor actor = currentActor.get();
        DossierStepEntity step = new DossierStepEntity();
        step.dossierId = d.id;
        step.seq = (int) DossierStepEntity.count("dossierId", d.id) + 1;
        step.state = state;
        step.body = body;
        step.stepDate = date;
        step.actedBy = actor.subject();
        step.actedRoles = actor.rolesText();
        step.actedAt = Instant.now(clock);
        step.votesFor = votesFor;
        step.votesAgainst = votesAgainst;
        step.note = VietnameseText.nfc(note);
        step.documents = write(documents == null ? List.of() : documents.stream()
                .map(x -> new Document(VietnameseText.nfc(x.number()), x.date(), VietnameseText.nfc(x.title()), x.link())).toList());
        step.checks = checks.isEmpty() ? null : write(checks);
        step.persist();
    }

    public DossierView view(DossierEntity d) {
        List<StepView> steps = DossierStepEntity.<DossierStepEntity>list("dossierId", Sort.by("seq"), d.id).stream()
                .map(s -> new StepView(s.seq, s.state, s.body, s.stepDate, s.actedBy, s.actedRoles, s.actedAt, s.votesFor, s.votesAgainst,
                        s.note, read(s.documents, DOCUMENTS), s.checks == null ? null : read(s.checks, CHECKS))).toList();
        Decision decision = d.decisionNumber == null ? null : new Decision(d.decisionNumber, d.decisionDate, d.signer);
        return new DossierView(d.id, d.communeCode, d.communeName, d.unitId, d.provinceCode, d.level, d.year, d.assessmentId, d.state,
                d.state.allowedNext(), new Declarations(d.capitalConstructionDebt, d.securityTroubleSpot), d.outstandingField, decision,
                d.recognitionId, d.createdAt, d.createdBy, d.updatedAt, d.version, steps);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
