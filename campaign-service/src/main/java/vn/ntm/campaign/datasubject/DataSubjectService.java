package vn.ntm.campaign.datasubject;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ntm.campaign.communes.Commune;
import vn.ntm.campaign.communes.CommuneCheck;
import vn.ntm.campaign.datasubject.DataSubjectApi.Completion;
import vn.ntm.campaign.datasubject.DataSubjectApi.NewRequest;
import vn.ntm.campaign.datasubject.DataSubjectApi.RequestView;
import vn.ntm.campaign.datasubject.HouseholdForms.Match;
import vn.ntm.campaign.responses.HouseholdHasher;
import vn.ntm.campaign.retention.RetentionSettings;
import vn.ntm.campaign.security.CampaignAccess;
import vn.ntm.campaign.support.Jdbc;
import vn.ntm.campaign.support.Today;
import vn.ntm.campaign.surveys.Survey;
import vn.ntm.campaign.surveys.SurveyState;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.security.Scopes;
import vn.ntm.common.text.VietnameseText;

/**
 * Data-subject requests about a household's survey forms: received by an official of the commune (the identity is
 * checked outside the system, and the record says who checked it), answered with what is held, and carried out as the
 * law and the survey's state allow: before a survey closes a form can be withdrawn or set aside for correction; after
 * the close the frozen result stands and only the household's link to its form is removed.
 */
@ApplicationScoped
public class DataSubjectService {

    @Inject
    DataSubjectSettings settings;

    @Inject
    RetentionSettings retention;

    @Inject
    HouseholdHasher hasher;

    @Inject
    CommuneCheck communes;

    @Inject
    CurrentActor actor;

    /** Resolved before the transaction: a failing communes-service changes nothing. */
    public Commune communeOf(NewRequest request) {
        // scope first: a commune-scoped token learns nothing about another commune, not even whether it exists
        CampaignAccess.requireContributor(actor.get(), null, request.communeCode());
        return communes.require("communeCode", request.communeCode(), request.receivedOn());
    }

    @Transactional
    public RequestView receive(NewRequest request, Commune commune) {
        Actor acting = actor.get();
        CampaignAccess.requireContributor(acting, commune.provinceCode(), commune.code());
        LocalDate today = Today.inVietnam();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.receivedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("receivedOn", "must not be in the future (today is " + today + " in Vietnam)"));
        }
        if ((request.kind() == RequestKind.CORRECTION || request.kind() == RequestKind.WITHDRAWAL) && request.surveyId() == null) {
            errors.add(new Problem.FieldError("surveyId", "is required for a " + request.kind() + ": it names the open survey whose form changes"));
        }
        if (request.surveyId() != null) {
            Survey survey = Survey.findById(request.surveyId());
            if (survey == null || !survey.communeCode.equals(commune.code())) {
                errors.add(new Problem.FieldError("surveyId", "is not a survey of commune " + commune.code()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        DataSubjectRequest r = new DataSubjectRequest();
        r.id = UUID.randomUUID();
        r.kind = request.kind();
        r.state = RequestState.RECEIVED;
        r.communeCode = commune.code();
        r.provinceCode = commune.provinceCode();
        r.surveyId = request.surveyId();
        r.requester = VietnameseText.nfc(request.requester().strip());
        r.identityCheckedBy = VietnameseText.nfc(request.identityCheckedBy().strip());
        r.identityDocument = VietnameseText.nfc(request.identityDocument().strip());
        r.receivedOn = request.receivedOn();
        r.acknowledgeBy = plusWorkingDays(request.receivedOn(), settings.acknowledgeWorkingDays());
        r.dueOn = request.receivedOn().plusDays(settings.completeWithinDays().getOrDefault(request.kind(), 15));
        r.details = request.details() == null ? null : VietnameseText.nfc(request.details().strip());
        r.recordedAt = Instant.now();
        r.recordedBy = acting.subject();
        r.persistAndFlush(); // before the forms it matched are written in SQL, which reference it
        List<Match> matches = HouseholdForms.find(hasher, commune.code(), request.surveyId(), request.householdId());
        Jdbc.inTransaction(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO data_subject_request_form (request_id, response_id, survey_id) VALUES (?, ?, ?)")) {
                for (Match m : matches) {
                    ps.setObject(1, r.id);
                    ps.setObject(2, m.responseId());
                    ps.setObject(3, m.surveyId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
        return view(r);
    }

    @Transactional
    public RequestView get(UUID id) {
        return view(find(id, false));
    }

    /** Carries the request out, as its kind and the surveys' states allow; 409 when they do not, with nothing changed. */
    @Transactional
    public RequestView complete(UUID id, String ifMatch, Completion completion) {
        DataSubjectRequest r = lockToCarryOut(id);
        Versions.requireCurrent(ifMatch, r.version);
        requireReceived(r);
        List<Match> matches = matches(r.id);
        int affected = Jdbc.inTransaction(conn -> {
            Map<UUID, SurveyState> states = HouseholdForms.lockSurveys(conn, matches);
            List<UUID> responses = matches.stream().map(Match::responseId).toList();
            return switch (r.kind) {
                case ACCESS -> 0;
                case UNLINK -> {
                    refuseIf(states, SurveyState.OPEN, "A form of an OPEN survey is withdrawn or corrected, not unlinked: its household "
                            + "link is what keeps one household to one answer until the close. Receive a WITHDRAWAL or CORRECTION instead.");
                    yield HouseholdForms.unlink(conn, responses);
                }
                case WITHDRAWAL, CORRECTION -> {
                    refuseIf(states, SurveyState.CLOSED, "The survey is CLOSED: its frozen result stands, so its forms can no longer be "
                            + r.kind.name().toLowerCase() + "n. Receive an UNLINK to remove the household's link to its form.");
                    if (r.kind == RequestKind.CORRECTION) {
                        HouseholdForms.keepHistory(conn, r.id, responses);
                    }
                    yield HouseholdForms.remove(conn, responses);
                }
            };
        });
        close(r, RequestState.COMPLETED, completion.outcome(), affected);
        return view(r);
    }

    @Transactional
    public RequestView refuse(UUID id, String ifMatch, Completion reason) {
        DataSubjectRequest r = lockToCarryOut(id);
        Versions.requireCurrent(ifMatch, r.version);
        requireReceived(r);
        close(r, RequestState.REFUSED, reason.outcome(), 0);
        return view(r);
    }

    /** The work list: requests of the caller's scope, still RECEIVED first by due date, or only the overdue ones. */
    @Transactional
    public PageResponse<RequestView> list(String province, String commune, RequestState state, boolean overdue, PageQuery page) {
        Actor acting = actor.get();
        // the roles are checked by the resource; here the scope: a commune's officials see their commune, a province officer the province
        if (!acting.hasRole(Roles.ADMINISTRATOR)) {
            if (acting.communeCode() != null) {
                if (commune != null && !commune.equals(acting.communeCode())) {
                    throw Scopes.forbidden("Your token is scoped to commune " + acting.communeCode() + ", not " + commune + ".");
                }
                commune = acting.communeCode();
            } else {
                if (province != null && !province.equals(acting.provinceCode())) {
                    throw Scopes.forbidden("Your token is scoped to province " + acting.provinceCode() + ", not " + province + ".");
                }
                province = acting.provinceCode();
            }
        }
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (province != null) {
            where.append(" and provinceCode = :province");
            params.put("province", province);
        }
        if (commune != null) {
            where.append(" and communeCode = :commune");
            params.put("commune", commune);
        }
        if (overdue) {
            where.append(" and state = :received and dueOn < :today");
            params.put("received", RequestState.RECEIVED);
            params.put("today", Today.inVietnam());
        } else if (state != null) {
            where.append(" and state = :state");
            params.put("state", state);
        }
        PanacheQuery<DataSubjectRequest> query = DataSubjectRequest.find(where.toString(), Sort.by("dueOn").and("recordedAt").and("id"), params);
        List<RequestView> items = query.page(Page.of(page.page(), page.size())).list().stream().map(r -> view(r, false)).toList();
        return PageResponse.of(items, page, query.count());
    }

    private DataSubjectRequest find(UUID id, boolean lock) {
        DataSubjectRequest r = lock ? DataSubjectRequest.findById(id, LockModeType.PESSIMISTIC_WRITE) : DataSubjectRequest.findById(id);
        if (r == null) {
            // the same answer whoever asks: a request's existence is itself personal data
            throw ApiException.notFound("Data-subject request", id);
        }
        CampaignAccess.requireContributor(actor.get(), r.provinceCode, r.communeCode);
        return r;
    }

    /**
     * The request a completion or refusal names, locked until commit. Scope before existence (issue 20): the token's
     * role first; then a request outside the caller's scope is answered exactly as one that does not exist (404, the
     * same detail), since such a caller can see neither and a request's existence is itself personal data. If-Match,
     * state and body are judged after.
     */
    private DataSubjectRequest lockToCarryOut(UUID id) {
        Actor acting = actor.get();
        CampaignAccess.requireContributorRole(acting);
        DataSubjectRequest r = DataSubjectRequest.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || !Scopes.reaches(acting, r.provinceCode, r.communeCode)) {
            throw ApiException.notFound("Data-subject request", id);
        }
        return r;
    }

    private static void requireReceived(DataSubjectRequest r) {
        if (r.state != RequestState.RECEIVED) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "The request is " + r.state + " already; nothing was changed.", null,
                    Map.of("state", r.state.name()));
        }
    }

    private static void refuseIf(Map<UUID, SurveyState> states, SurveyState refused, String why) {
        List<String> surveys = states.entrySet().stream().filter(e -> e.getValue() == refused).map(e -> e.getKey().toString()).toList();
        if (!surveys.isEmpty()) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, why + " Nothing was changed.", null, Map.of("surveys", surveys));
        }
    }

    private void close(DataSubjectRequest r, RequestState state, String outcome, int affected) {
        r.state = state;
        r.outcome = VietnameseText.nfc(outcome.strip());
        r.formsAffected = affected;
        r.closedAt = Instant.now();
        r.closedBy = actor.get().subject();
        r.flush();
    }

    private static List<Match> matches(UUID requestId) {
        return Jdbc.inTransaction(conn -> {
            List<Match> matches = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT f.response_id, f.survey_id FROM data_subject_request_form f JOIN survey_response r ON r.id = f.response_id "
                            + "WHERE f.request_id = ? ORDER BY f.response_id")) {
                ps.setObject(1, requestId);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        matches.add(new Match(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
                    }
                }
            }
            return matches;
        });
    }

    private RequestView view(DataSubjectRequest r) {
        return view(r, true);
    }

    private RequestView view(DataSubjectRequest r, boolean withItems) {
        boolean overdue = r.state == RequestState.RECEIVED && r.dueOn.isBefore(Today.inVietnam());
        return new RequestView(r.id, r.kind, r.state, r.communeCode, r.provinceCode, r.surveyId, r.requester, r.identityCheckedBy,
                r.identityDocument, r.receivedOn, r.acknowledgeBy, r.dueOn, overdue, settings.basis(), r.details, r.outcome, r.formsAffected,
                withItems ? HouseholdForms.held(r.id, retention) : null, r.recordedAt, r.recordedBy, r.closedAt, r.closedBy, r.version);
    }

    /** Monday to Friday; public holidays are not modelled (the limit then falls earlier, never later). */
    static LocalDate plusWorkingDays(LocalDate from, int days) {
        LocalDate d = from;
        int added = 0;
        while (added < days) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return d;
    }
}
