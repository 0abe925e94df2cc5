package vn.ntm.communes.certification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
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
import vn.ntm.communes.certification.DossierApi.CriterionSignature;
import vn.ntm.communes.certification.DossierApi.Decision;
import vn.ntm.communes.certification.DossierApi.Declarations;
import vn.ntm.communes.certification.DossierApi.Document;
import vn.ntm.communes.certification.DossierApi.DossierView;
import vn.ntm.communes.certification.DossierApi.DossierListItem;
import vn.ntm.communes.certification.DossierApi.NewDossier;
import vn.ntm.communes.certification.DossierApi.OpenStep;
import vn.ntm.communes.certification.DossierApi.ProcedureChanges;
import vn.ntm.communes.certification.DossierApi.ProcedureMoveView;
import vn.ntm.communes.certification.DossierApi.ProcedurePin;
import vn.ntm.communes.certification.DossierApi.StepView;
import vn.ntm.communes.certification.DossierApi.Transition;
import vn.ntm.communes.certification.DossierApi.UnmetCondition;
import vn.ntm.communes.procedure.PinnedProcedure;
import vn.ntm.communes.procedure.ProcedureCatalogue;
import vn.ntm.communes.procedure.ProcedureDocument.Step;
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
    private static final TypeReference<ProcedureChanges> CHANGES = new TypeReference<>() {
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
    WorkLists workLists;

    @Inject
    CertificationConfig config;

    @Inject
    CurrentActor currentActor;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    StepConditions conditions;

    @Inject
    BuiltInConditions builtIn;

    @Inject
    Clock clock;

    @Inject
    Instance<CriteriaSignatures> signatures;

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
        // pinned to the version in force on the opening date; a later version applies only by an explicit move
        Optional<PinnedProcedure> inForce = catalogue.inForce(request.level(), date);
        if (inForce.isEmpty()) {
            unmet.add(new UnmetCondition("PROCEDURE_VERSION", "No published procedure version applies to a " + request.level() + " dossier opened on "
                    + date + " (GET /api/v1/procedure-versions)."));
        } else {
            Step first = inForce.get().document().step(DossierState.SELF_ASSESSMENT.name()).orElseThrow();
            StepRoles.require(currentActor.get(), DossierState.SELF_ASSESSMENT, first.roles());
            checkBody(inForce.get(), first, body, date, unmet);
        }
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
        d.procedureCode = inForce.get().code();
        d.procedureVersion = inForce.get().version();
        declare(d, request.declarations());
        d.createdAt = Instant.now(clock);
        d.createdBy = currentActor.get().subject();
        d.updatedAt = d.createdAt;
        d.persist();
        Evaluation e = assessments.evaluate(a, date);
        Map<String, Object> checks = new LinkedHashMap<>();
        checks.put("evaluation", BuiltInConditions.evaluationSummary(e));
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

    /**
     * The dossiers the caller's token reaches (its commune, its province, or all for an administrator), filtered; with
     * {@code awaiting}, only those whose next steps that role records (or the role's {@link AwaitingQueue}).
     */
    public PageResponse<DossierListItem> list(String province, Level level, Integer year, DossierState state, String awaiting, PageQuery page) {
        if (awaiting != null) {
            return workLists.awaiting(currentActor.get(), awaiting, province, level, year, page);
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!WorkLists.scope(currentActor.get(), where, params)) {
            return PageResponse.of(List.of(), page, 0);
        }
        WorkLists.filters(province, level, year, state, where, params);
        var query = DossierEntity.find(where.toString(), Sort.by("createdAt", Sort.Direction.Descending).and("id"), params);
        long total = query.count();
        List<DossierListItem> items = query.page(Page.of(page.page(), page.size())).<DossierEntity>list().stream()
                .map(d -> DossierListItem.of(d, null)).toList();
        return PageResponse.of(items, page, total);
    }

    public DossierView transition(UUID id, Transition t, String ifMatch) {
        Actor actor = currentActor.get();
        // the roles any version gives the step are checked before the dossier is read, so a caller without one learns nothing of it
        StepRoles.require(actor, t.to(), catalogue.rolesAnywhere(t.to().name()));
        DossierEntity d = find(id);
        Scopes.requireCommune(actor, d.provinceCode, d.communeCode);
        PinnedProcedure procedure = pinned(d);
        // a step the pinned version does not have is answered by checkAllowed (409), not as a question of roles
        procedure.document().step(t.to().name()).ifPresent(s -> StepRoles.require(actor, t.to(), s.roles()));
        TransitionChecks.requireBackfillAuthority(actor, t);
        long expected = Versions.requestedVersion(ifMatch);
        TransitionChecks.checkVersion(d, expected);
        TransitionChecks.checkAllowed(d, procedure, t.to());
        LocalDate date = t.date() == null ? today() : t.date();
        TransitionChecks.validate(d, t, date, today());
        RemoteFacts facts = fetch(d, procedure, t.to(), date);
        return QuarkusTransaction.joiningExisting().call(() -> apply(id, expected, t, date, facts));
    }

    private DossierView apply(UUID id, long expected, Transition t, LocalDate date, RemoteFacts facts) {
        // the row lock makes a concurrent transition with the same If-Match wait, then fail with 412
        DossierEntity d = em.find(DossierEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw ApiException.notFound("Dossier", id);
        }
        TransitionChecks.checkVersion(d, expected);
        PinnedProcedure procedure = pinned(d);
        TransitionChecks.checkAllowed(d, procedure, t.to());
        Boolean debt = t.declarations() != null && t.declarations().capitalConstructionDebt() != null
                ? t.declarations().capitalConstructionDebt() : d.capitalConstructionDebt;
        Boolean troubleSpot = t.declarations() != null && t.declarations().securityTroubleSpot() != null
                ? t.declarations().securityTroubleSpot() : d.securityTroubleSpot;
        List<UnmetCondition> unmet = new ArrayList<>();
        Map<String, Object> checks = new LinkedHashMap<>();
        Step step = procedure.document().step(t.to().name()).orElseThrow();
        checkBody(procedure, step, t.body(), date, unmet);
        StepContext context = new StepContext(d, procedure, t.to(), date, t, facts, debt, troubleSpot);
        for (String code : step.preconditionsOrEmpty()) {
            conditions.check(code, context, unmet, checks);
        }
        refuseIfUnmet(t.to(), unmet);

        String outstandingField = d.outstandingField;
        if (t.to() == DossierState.SUBMISSION) {
            // the field a model commune stands out in is the one its assessment names when it is submitted
            outstandingField = d.level == Level.MODEL ? assessments.outstandingField(assessments.find(d.assessmentId)) : null;
        }
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
        DossierStepEntity written = writeStep(d, t.to(), t.body(), date, t.documents(), t.votesFor(), t.votesAgainst(), t.note(), checks);
        if (Boolean.TRUE.equals(t.backfill())) {
            written.backfill = true;
            written.backfillReason = VietnameseText.nfc(t.backfillReason());
        }
        em.flush();
        return view(d);
    }

    /** Asks the other services only what the step's preconditions need, before any write. */
    private RemoteFacts fetch(DossierEntity d, PinnedProcedure procedure, DossierState to, LocalDate date) {
        List<String> codes = procedure.document().step(to.name()).map(Step::preconditionsOrEmpty).orElse(List.of());
        if (codes.contains("SATISFACTION_SURVEY")) {
            return new RemoteFacts(remote.satisfaction(d.communeCode, d.level, d.year), Optional.empty(), true, false);
        }
        if (codes.contains("OCOP_PRODUCT") && builtIn.needsOcop(d)) {
            return new RemoteFacts(Optional.empty(), remote.ocopSummary(d.communeCode, date), false, true);
        }
        return RemoteFacts.none();
    }

    /** The tier named must be one the version's step is taken for, and not the district once that tier ended. */
    private void checkBody(PinnedProcedure procedure, Step step, ActingBody body, LocalDate date, List<UnmetCondition> unmet) {
        if (body == ActingBody.DISTRICT && !date.isBefore(config.districtTierEnds())) {
            unmet.add(new UnmetCondition("DISTRICT_TIER_ENDED", "A step dated " + date + " cannot be taken for the DISTRICT tier: it ended on "
                    + config.districtTierEnds() + " (" + config.districtTierSource() + "). Name COMMUNE or PROVINCE."));
        } else if (step.bodies() != null && !step.bodies().contains(body.name())) {
            unmet.add(new UnmetCondition("ACTING_BODY", "Under " + procedure.ruleVersion() + " the step " + step.code() + " is taken for "
                    + String.join(" or ", step.bodies()) + " (" + step.actingBody() + "), not " + body + "."));
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

    private DossierStepEntity writeStep(DossierEntity d, DossierState state, ActingBody body, LocalDate date, List<Document> documents, Integer votesFor,
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
        return step;
    }

    public DossierView view(DossierEntity d) {
        List<StepView> steps = DossierStepEntity.<DossierStepEntity>list("dossierId", Sort.by("seq"), d.id).stream()
                .map(s -> new StepView(s.seq, s.state, s.body, s.stepDate, s.actedBy, s.actedRoles, s.actedAt, s.votesFor, s.votesAgainst,
                        s.note, read(s.documents, DOCUMENTS), s.checks == null ? null : read(s.checks, CHECKS), s.backfill ? Boolean.TRUE : null,
                        s.backfillReason)).toList();
        Decision decision = d.decisionNumber == null ? null : new Decision(d.decisionNumber, d.decisionDate, d.signer);
        PinnedProcedure procedure = pinned(d);
        List<DossierState> next = procedure.document().next(d.state.name()).stream().map(DossierState::valueOf).toList();
        LocalDate lastDate = steps.isEmpty() ? null : steps.get(steps.size() - 1).date();
        List<ProcedureMoveView> moves = DossierProcedureMoveEntity.<DossierProcedureMoveEntity>list("dossierId", Sort.by("movedAt").and("id"), d.id).stream()
                .map(m -> new ProcedureMoveView(m.fromCode + "/v" + m.fromVersion, m.toCode + "/v" + m.toVersion, m.reason, m.movedBy, m.movedRoles,
                        m.movedAt, read(m.changes, CHANGES))).toList();
        return new DossierView(d.id, d.communeCode, d.communeName, d.unitId, d.provinceCode, d.level, d.year, d.assessmentId, d.state,
                next, new Declarations(d.capitalConstructionDebt, d.securityTroubleSpot), d.outstandingField, decision,
                d.recognitionId, d.createdAt, d.createdBy, d.updatedAt, d.version, steps,
                new ProcedurePin(procedure.code(), procedure.version(), procedure.ruleVersion(), procedure.document().titleVi()),
                openSteps(procedure, d.state, lastDate, null), moves.isEmpty() ? null : moves, signatures(d));
    }

    private List<CriterionSignature> signatures(DossierEntity d) {
        if (!signatures.isResolvable()) {
            return null;
        }
        List<CriterionSignature> list = signatures.get().of(d);
        return list.isEmpty() ? null : list;
    }

    /** The steps that carry the dossier on (returns and rejections aside), optionally only those {@code role} records, with due dates. */
    List<OpenStep> openSteps(PinnedProcedure procedure, DossierState state, LocalDate since, String role) {
        List<OpenStep> open = new ArrayList<>();
        for (String code : procedure.document().forward(state.name())) {
            Step step = procedure.document().step(code).orElseThrow();
            if (role != null && !step.roles().contains(role)) {
                continue;
            }
            LocalDate due = step.deadlineDays() == null || since == null ? null : since.plusDays(step.deadlineDays());
            open.add(new OpenStep(DossierState.valueOf(code), step.nameVi(), step.roles(), due, due == null ? null : today().isAfter(due),
                    step.deadlineSource()));
        }
        return open;
    }

    /** The version a dossier follows. */
    PinnedProcedure pinned(DossierEntity d) {
        return catalogue.published(d.procedureCode, d.procedureVersion);
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
