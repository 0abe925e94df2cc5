package vn.ntm.campaign.surveys;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ntm.campaign.Level;
import vn.ntm.campaign.communes.Commune;
import vn.ntm.campaign.communes.CommuneCheck;
import vn.ntm.campaign.security.CampaignAccess;
import vn.ntm.campaign.support.Jdbc;
import vn.ntm.campaign.support.Today;
import vn.ntm.common.http.Versions;
import vn.ntm.campaign.surveys.SurveyApi.Progress;
import vn.ntm.campaign.surveys.SurveyApi.QuestionInput;
import vn.ntm.campaign.surveys.SurveyApi.QuestionnaireRequest;
import vn.ntm.campaign.surveys.SurveyApi.SurveyRequest;
import vn.ntm.campaign.surveys.SurveyApi.SurveyView;
import vn.ntm.campaign.surveys.SurveyApi.VillageInput;
import vn.ntm.campaign.surveys.SurveyApi.NoticeRequest;
import vn.ntm.campaign.surveys.SurveyApi.NoticeView;
import vn.ntm.campaign.surveys.SurveyApi.VillagesRequest;
import vn.ntm.common.audit.AuditEvent;
import vn.ntm.common.audit.AuditTrail;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.text.VietnameseText;

/**
 * The life of a survey up to its opening: creation, questionnaire and villages (editable only while DRAFT),
 * and the DRAFT → OPEN step. Closing and results belong to the results feature.
 */
@ApplicationScoped
public class SurveyService {

    @Inject
    CommuneCheck communes;

    @Inject
    CurrentActor actor;

    @Inject
    AuditTrail audit;

    /** How a citizen's write appears in a survey's public history. */
    public static final String CITIZEN_ACTOR = "citizen";

    public SurveyView create(SurveyRequest request) {
        Actor acting = actor.get();
        CampaignAccess.requireSurveyor(acting, null, request.communeCode());
        checkPurpose(request.purpose(), request.level());
        checkStartDate(request.year(), request.startDate());
        List<VillageInput> villages = request.villages() == null ? List.of() : request.villages();
        List<QuestionInput> questions = request.questions() == null ? List.of() : request.questions();
        List<Problem.FieldError> errors = new ArrayList<>();
        errors.addAll(villageErrors("villages", villages));
        errors.addAll(questionErrors("questions", questions));
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        LocalDate asOf = SurveyDates.communeAsOf(request.purpose(), request.year(), request.startDate(), Today.inVietnam());
        Commune commune = communes.require("communeCode", request.communeCode(), asOf,
                request.startDate() == null ? "; for a survey held while that unit existed, give its day in startDate" : "");
        if (request.purpose() == SurveyPurpose.RECOGNITION && !commune.isRuralCommune()) {
            throw ApiException.unprocessable("Only rural communes (xã) are recognised under the NTM programme.", List.of(new Problem.FieldError(
                    "communeCode", commune.name() + " is of type " + commune.type() + ", not XA; a RECOGNITION survey needs a rural commune")));
        }
        CampaignAccess.requireSurveyor(acting, commune.provinceCode(), commune.code());
        String who = acting.subject();
        return QuarkusTransaction.requiringNew().call(() -> {
            Survey s = new Survey();
            s.id = UUID.randomUUID();
            s.communeCode = commune.code();
            s.communeName = commune.name();
            s.provinceCode = commune.provinceCode();
            s.purpose = request.purpose();
            s.level = request.level();
            s.year = request.year();
            s.startDate = request.startDate();
            s.communeAsOf = asOf;
            s.title = VietnameseText.nfc(request.title());
            s.organiser = VietnameseText.nfc(request.organiser());
            s.legalBasis = request.legalBasis() == null ? null : VietnameseText.nfc(request.legalBasis());
            s.notice = request.notice() == null ? null : VietnameseText.nfc(request.notice());
            s.state = SurveyState.DRAFT;
            s.questionnaireVersion = 1;
            s.createdAt = Instant.now();
            s.createdBy = who;
            s.updatedAt = s.createdAt;
            s.updatedBy = who;
            s.persistAndFlush(); // before its villages and questions, which refer to it
            storeVillages(s.id, villages);
            storeQuestions(s.id, questions);
            return view(s);
        });
    }

    @Transactional
    public SurveyView get(UUID id) {
        return view(find(id));
    }

    /**
     * The survey's audit trail. It is published, but the citizens who answered are personal data: only the survey's Front
     * surveyor and administrators see their subjects; everyone else sees {@value #CITIZEN_ACTOR} for a citizen's write.
     */
    public PageResponse<AuditEvent> history(UUID id, PageQuery page) {
        SurveyView s = get(id);
        PageResponse<AuditEvent> trail = audit.forRecord("/api/v1/surveys/" + id, page);
        if (CampaignAccess.isSurveyorOf(actor.get(), s.provinceCode(), s.communeCode())) {
            return trail;
        }
        return trail.map(e -> e.actorRoles() != null && List.of(e.actorRoles().split(",")).contains(Roles.CITIZEN)
                ? new AuditEvent(e.id(), e.occurredAt(), CITIZEN_ACTOR, e.actorRoles(), e.requestId(), e.method(), e.path(), e.status(), e.result())
                : e);
    }

    @Transactional
    public PageResponse<SurveyView> list(String commune, String province, SurveyState state, SurveyPurpose purpose, Level level,
                                         Integer year, PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (commune != null) {
            where.append(" and communeCode = :commune");
            params.put("commune", commune);
        }
        if (province != null) {
            where.append(" and provinceCode = :province");
            params.put("province", province);
        }
        if (state != null) {
            where.append(" and state = :state");
            params.put("state", state);
        }
        if (purpose != null) {
            where.append(" and purpose = :purpose");
            params.put("purpose", purpose);
        }
        if (level != null) {
            where.append(" and level = :level");
            params.put("level", level);
        }
        if (year != null) {
            where.append(" and year = :year");
            params.put("year", year);
        }
        var query = Survey.<Survey>find(where + " order by createdAt desc, id", params).page(Page.of(page.page(), page.size()));
        return PageResponse.of(query.list().stream().map(this::view).toList(), page, query.count());
    }

    @Transactional
    public SurveyView replaceQuestionnaire(UUID id, String ifMatch, QuestionnaireRequest request) {
        Survey s = lockDraft(id, ifMatch, "questionnaire", actor.get());
        List<Problem.FieldError> errors = questionErrors("questions", request.questions());
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        SurveyQuestion.delete("surveyId", id);
        storeQuestions(id, request.questions());
        s.questionnaireVersion++;
        s.touch(actor.get().subject());
        s.flush();
        return view(s);
    }

    /** The legal basis and the notice to respondents: editable while DRAFT, frozen when the survey opens. */
    @Transactional
    public SurveyView replaceNotice(UUID id, String ifMatch, NoticeRequest request) {
        Survey s = lockDraft(id, ifMatch, "notice", actor.get());
        s.legalBasis = VietnameseText.nfc(request.legalBasis());
        s.notice = VietnameseText.nfc(request.notice());
        s.touch(actor.get().subject());
        s.flush();
        return view(s);
    }

    @Transactional
    public NoticeView notice(UUID id) {
        Survey s = find(id);
        return new NoticeView(s.id, s.communeCode, s.communeName, s.purpose, s.level, s.year, s.organiser, s.legalBasis, s.notice, s.state);
    }

    @Transactional
    public SurveyView replaceVillages(UUID id, String ifMatch, VillagesRequest request) {
        Survey s = lockDraft(id, ifMatch, "villages", actor.get());
        List<Problem.FieldError> errors = villageErrors("villages", request.villages());
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        SurveyVillage.delete("surveyId", id);
        storeVillages(id, request.villages());
        s.touch(actor.get().subject());
        s.flush();
        return view(s);
    }

    @Transactional
    public SurveyView open(UUID id, String ifMatch) {
        Survey s = lock(id, ifMatch, actor.get());
        if (s.state != SurveyState.DRAFT) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "The survey is " + s.state + "; only a DRAFT survey can be opened.",
                    null, Map.of("state", s.state.name()));
        }
        List<String> unmet = new ArrayList<>();
        if (SurveyQuestion.count("surveyId", id) == 0) {
            unmet.add("QUESTIONNAIRE_EMPTY");
        }
        if (SurveyVillage.count("surveyId", id) == 0) {
            unmet.add("NO_VILLAGES");
        }
        if (s.legalBasis == null || s.legalBasis.isBlank()) {
            unmet.add("NO_LEGAL_BASIS");
        }
        if (s.notice == null || s.notice.isBlank()) {
            unmet.add("NO_NOTICE");
        }
        if (!unmet.isEmpty()) {
            throw new ApiException(ProblemType.PRECONDITION_UNMET, "A survey opens with at least one question, one village with its households "
                    + "in scope, and the legal basis and notice to respondents that Law 91/2025 requires (PUT /notice).", null, Map.of("unmet", unmet));
        }
        String who = actor.get().subject();
        s.state = SurveyState.OPEN;
        s.openedAt = Instant.now();
        s.openedBy = who;
        s.touch(who);
        s.flush();
        return view(s);
    }

    /**
     * The survey, locked against concurrent edits and transitions until commit, at the version the caller read, for an
     * administrative action of {@code acting} (the Front surveyor of its commune, or an administrator).
     */
    public static Survey lock(UUID id, String ifMatch, Actor acting) {
        // scope before existence (issue 20): what the token alone decides first, then an unknown survey is answered as
        // one outside the caller's scope would be; If-Match, state and body come after
        CampaignAccess.requireSurveyorRole(acting);
        Survey s = Survey.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw CampaignAccess.unknownPublished(acting, "Survey", id);
        }
        CampaignAccess.requireSurveyor(acting, s.provinceCode, s.communeCode);
        Versions.requireCurrent(ifMatch, s.version);
        return s;
    }

    /**
     * The survey a write without If-Match names (a publication), for an administrative action of {@code acting}: scope
     * before existence, as {@link #lock}.
     */
    public static Survey findToAdminister(UUID id, Actor acting) {
        CampaignAccess.requireSurveyorRole(acting);
        Survey s = Survey.findById(id);
        if (s == null) {
            throw CampaignAccess.unknownPublished(acting, "Survey", id);
        }
        CampaignAccess.requireSurveyor(acting, s.provinceCode, s.communeCode);
        return s;
    }

    public static Survey find(UUID id) {
        Survey s = Survey.findById(id);
        if (s == null) {
            throw ApiException.notFound("Survey", id);
        }
        return s;
    }

    private static Survey lockDraft(UUID id, String ifMatch, String what, Actor acting) {
        Survey s = lock(id, ifMatch, acting);
        if (s.state != SurveyState.DRAFT) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "The survey is " + s.state + ": its " + what
                    + " was frozen when it opened and cannot change.", null, Map.of("state", s.state.name()));
        }
        return s;
    }

    SurveyView view(Survey s) {
        var villages = SurveyVillage.<SurveyVillage>list("surveyId = ?1 order by position", s.id);
        var questions = SurveyQuestion.<SurveyQuestion>list("surveyId = ?1 order by position", s.id);
        long households = villages.stream().mapToLong(v -> v.householdsInScope).sum();
        long forms = s.state == SurveyState.DRAFT ? 0 : formsReturned(s.id);
        BigDecimal coverage = households == 0 ? null : BigDecimal.valueOf(forms).divide(BigDecimal.valueOf(households), 4, RoundingMode.HALF_UP);
        return new SurveyView(s.id, s.communeCode, s.communeName, s.provinceCode, s.purpose, s.level, s.year, s.startDate, s.communeAsOf, s.title, s.organiser, s.legalBasis, s.notice,
                s.state, new SurveyApi.QuestionnaireView(s.questionnaireVersion,
                        questions.stream().map(q -> new SurveyApi.QuestionView(q.code, q.text, q.overall)).toList()),
                villages.stream().map(v -> new SurveyApi.VillageView(v.code, v.name, v.householdsInScope)).toList(),
                households, new Progress(forms, coverage), s.createdAt, s.createdBy, s.updatedAt, s.updatedBy,
                s.openedAt, s.openedBy, s.closedAt, s.closedBy, s.version);
    }

    private static long formsReturned(UUID surveyId) {
        return Jdbc.inTransaction(conn -> {
            // a closed survey's count is its frozen one: its forms may since have been erased (retention)
            try (PreparedStatement ps = conn.prepareStatement("SELECT coalesce((SELECT forms_returned FROM survey_result WHERE survey_id = ?), "
                    + "(SELECT count(*) FROM survey_response WHERE survey_id = ?))")) {
                ps.setObject(1, surveyId);
                ps.setObject(2, surveyId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static void storeVillages(UUID surveyId, List<VillageInput> villages) {
        for (int i = 0; i < villages.size(); i++) {
            VillageInput input = villages.get(i);
            SurveyVillage v = new SurveyVillage();
            v.surveyId = surveyId;
            v.code = input.code();
            v.name = VietnameseText.nfc(input.name());
            v.householdsInScope = input.householdsInScope();
            v.position = i;
            v.persist();
        }
    }

    private static void storeQuestions(UUID surveyId, List<QuestionInput> questions) {
        for (int i = 0; i < questions.size(); i++) {
            QuestionInput input = questions.get(i);
            SurveyQuestion q = new SurveyQuestion();
            q.surveyId = surveyId;
            q.code = input.code();
            q.text = VietnameseText.nfc(input.text());
            q.overall = input.isOverall();
            q.position = i;
            q.persist();
        }
    }

    static void checkStartDate(Integer year, LocalDate startDate) {
        if (startDate != null && year != null && startDate.getYear() != year) {
            throw ApiException.invalidField("startDate", "must be a day of " + year + ", the survey's year");
        }
    }

    static void checkPurpose(SurveyPurpose purpose, Level level) {
        if (purpose == SurveyPurpose.RECOGNITION && level == null) {
            throw ApiException.invalidField("level", "is required for a RECOGNITION survey: NTM, ADVANCED or MODEL");
        }
        if (purpose == SurveyPurpose.PERIODIC && level != null) {
            throw ApiException.invalidField("level", "must be absent for a PERIODIC survey");
        }
    }

    static List<Problem.FieldError> villageErrors(String field, List<VillageInput> villages) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < villages.size(); i++) {
            Integer first = seen.putIfAbsent(villages.get(i).code(), i);
            if (first != null) {
                errors.add(new Problem.FieldError(field + "[" + i + "].code", "repeats the code of " + field + "[" + first + "]"));
            }
        }
        return errors;
    }

    static List<Problem.FieldError> questionErrors(String field, List<QuestionInput> questions) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Integer overall = null;
        for (int i = 0; i < questions.size(); i++) {
            QuestionInput q = questions.get(i);
            Integer first = seen.putIfAbsent(q.code(), i);
            if (first != null) {
                errors.add(new Problem.FieldError(field + "[" + i + "].code", "repeats the code of " + field + "[" + first + "]"));
            }
            if (q.isOverall()) {
                if (overall != null) {
                    errors.add(new Problem.FieldError(field + "[" + i + "].overall", "only one overall question is allowed; "
                            + field + "[" + overall + "] is already the overall question"));
                } else {
                    overall = i;
                }
            }
        }
        return errors;
    }
}
