package vn.ntm.campaign.responses;

import vn.ntm.campaign.Level;
import vn.ntm.campaign.disclosures.Disclosures;
import vn.ntm.campaign.surveys.SurveyPurpose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import vn.ntm.campaign.CampaignSettings;
import vn.ntm.campaign.responses.ResponseApi.Answer;
import vn.ntm.campaign.responses.ResponseApi.AnswerView;
import vn.ntm.campaign.responses.ResponseApi.AnswerInput;
import vn.ntm.campaign.responses.ResponseApi.BatchItem;
import vn.ntm.campaign.responses.ResponseApi.BatchRequest;
import vn.ntm.campaign.responses.ResponseApi.BatchView;
import vn.ntm.campaign.responses.ResponseApi.Channel;
import vn.ntm.campaign.responses.ResponseApi.Outcome;
import vn.ntm.campaign.responses.ResponseApi.PaperForm;
import vn.ntm.campaign.responses.ResponseApi.ResponseList;
import vn.ntm.campaign.responses.ResponseApi.ResponseRequest;
import vn.ntm.campaign.responses.ResponseApi.ResponseView;
import vn.ntm.campaign.responses.ResponseApi.SyncItem;
import vn.ntm.campaign.responses.ResponseApi.SyncOutcome;
import vn.ntm.campaign.responses.ResponseApi.SyncRequest;
import vn.ntm.campaign.responses.ResponseApi.SyncView;
import vn.ntm.campaign.responses.ResponseStore.Existing;
import vn.ntm.campaign.responses.ResponseStore.Inserted;
import vn.ntm.campaign.responses.ResponseStore.LockedSurvey;
import vn.ntm.campaign.responses.ResponseStore.Prepared;
import vn.ntm.campaign.responses.ResponseStore.StoredAnswer;
import vn.ntm.campaign.security.CampaignAccess;
import vn.ntm.campaign.support.Hashes;
import vn.ntm.campaign.support.Jdbc;
import vn.ntm.campaign.support.Written;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.problem.Problems;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.text.VietnameseText;

/**
 * Receives households' forms from the mobile app (one at a time, retried when offline) and from paper batches
 * (all or nothing). The same responseId with the same content is a replay: answered with the first record, never
 * stored twice. The same responseId with other content, or a second form of a household, is a 409.
 */
@ApplicationScoped
public class ResponseService {

    @Inject
    Disclosures disclosures;


    private static final String CURSOR_PREFIX = "r1:";

    @Inject
    HouseholdHasher hasher;

    @Inject
    Validator validator;

    @Inject
    CampaignSettings settings;

    @Inject
    CurrentActor actor;

    @Inject
    FrozenQuestionnaires questionnaires;

    @Inject
    DataSource dataSource;

    /**
     * The mobile app's path, one form per request, so kept lean: a plain JDBC transaction (no JTA, no Hibernate session)
     * of two statements for a new form (the survey's state under its row lock, then the form with its answers) and
     * one more for a replay (the form first recorded); the answer is built from what was inserted, not read back.
     */
    public Written<ResponseView> submit(UUID surveyId, ResponseRequest request) {
        Form form = new Form(0, "", request.responseId(), request.villageCode(), request.householdId(), request.answers(), request.collectedAt());
        Actor acting = actor.get();
        String household = actor.claim(Roles.HOUSEHOLD_CLAIM);
        // scope before existence (issue 20): the token's role and claims first, an unknown survey answered as one out of scope
        CampaignAccess.requireRespondentRole(acting, household);
        return Jdbc.transaction(dataSource, conn -> {
            LockedSurvey survey = lockSurvey(conn, surveyId, acting);
            boolean citizen = CampaignAccess.requireRespondent(acting, household, survey.provinceCode(), survey.communeCode(), request.householdId());
            String who = recordedActor(acting, citizen);
            Recorded recorded = record(conn, survey, List.of(form), Channel.APP, request.questionnaireVersion(), Map.of(), null, who);
            Prepared p = recorded.forms().get(0);
            Inserted inserted = recorded.inserted().get(form.responseId());
            ResponseView view = inserted != null
                    ? new ResponseView(form.responseId(), surveyId, form.villageCode(), recorded.questionnaireVersion(), Channel.APP,
                            answerViews(p), inserted.collectedAt(), inserted.receivedAt(), who)
                    : replayView(surveyId, p, recorded.earlier().get(form.responseId()));
            return new Written<>(view, inserted != null);
        });
    }

    /**
     * The app's queue of forms collected offline. Each form is judged as {@link #submit} judges it, but on its own: the
     * valid new forms are stored, the others get the problem the single endpoint would answer. The stored forms go in
     * one transaction with the single path's statements: the survey row under its lock, every form and answer in one
     * insert, and one read of the rows it did not take (replays or conflicts). The survey's own refusals (404, 403,
     * DRAFT, no longer OPEN) refuse the whole request; when the survey is closed, a sync made only of forms recorded
     * before with the same content is still answered, all ALREADY_RECORDED, as the single endpoint answers a replay.
     */
    public SyncView sync(UUID surveyId, SyncRequest request, String instance) {
        Actor acting = actor.get();
        String household = actor.claim(Roles.HOUSEHOLD_CLAIM);
        List<ResponseRequest> sent = request.forms();
        CampaignAccess.requireRespondentRole(acting, household);
        return Jdbc.transaction(dataSource, conn -> {
            LockedSurvey survey = lockSurvey(conn, surveyId, acting);
            boolean citizen = CampaignAccess.requireRespondentOfSurvey(acting, household, survey.provinceCode(), survey.communeCode());
            String who = recordedActor(acting, citizen);
            int max = settings.survey().syncMaxForms();
            if (sent.size() > max) {
                throw ApiException.invalidField("forms", "holds " + sent.size() + " forms; at most " + max
                        + " are accepted in one sync (ntm.campaign.survey.sync-max-forms), send the rest in another");
            }
            requireOpened(survey);
            Questionnaire questionnaire = questionnaires.of(conn, survey);
            Problem[] refused = new Problem[sent.size()];
            Prepared[] prepared = new Prepared[sent.size()];
            Map<UUID, Integer> responseIds = new HashMap<>();
            Map<String, Integer> households = new HashMap<>();
            List<Prepared> valid = new ArrayList<>();
            for (int i = 0; i < sent.size(); i++) {
                ApiException refusal = judge(sent.get(i), citizen ? household : null, questionnaire);
                if (refusal == null) {
                    ResponseRequest r = sent.get(i);
                    Prepared p = prepare(surveyId, new Form(i, "", r.responseId(), r.villageCode(), r.householdId(), r.answers(), r.collectedAt()),
                            questionnaire);
                    String householdHash = Hashes.hex(p.householdHash());
                    Integer sameId = responseIds.get(r.responseId());
                    Integer sameHousehold = households.get(householdHash);
                    if (sameId != null) {
                        refusal = conflict(new Problem.FieldError("responseId", "this responseId is already used by forms[" + sameId
                                + "] of this sync; only the first form with a responseId is taken, generate a new responseId for a new form"));
                    } else if (sameHousehold != null) {
                        refusal = conflict(new Problem.FieldError("householdId", "this household already has a form in this sync (forms["
                                + sameHousehold + "]); a household answers once, only the first is taken"));
                    } else {
                        responseIds.put(r.responseId(), i);
                        households.put(householdHash, i);
                        prepared[i] = p;
                        valid.add(p);
                    }
                }
                if (refusal != null) {
                    refused[i] = problem(refusal, instance);
                }
            }
            Map<UUID, Inserted> inserted;
            Map<UUID, Existing> earlier;
            if (!questionnaire.open()) {
                if (valid.size() < sent.size()) {
                    throw notOpen(questionnaire);
                }
                inserted = Map.of();
                earlier = replaysOnly(conn, surveyId, valid, questionnaire);
            } else {
                HouseholdKeyRegister.lockHouseholds(conn, hasher, valid);
                Map<UUID, UUID> answeredBefore = HouseholdKeyRegister.answeredUnderOtherKeys(conn, surveyId, valid);
                if (!answeredBefore.isEmpty()) {
                    for (int i = 0; i < sent.size(); i++) {
                        if (prepared[i] != null && answeredBefore.containsKey(prepared[i].form().responseId())) {
                            refused[i] = problem(conflict(householdAnswered("")), instance);
                            valid.remove(prepared[i]);
                            prepared[i] = null;
                        }
                    }
                }
                inserted = valid.isEmpty() ? Map.of()
                        : ResponseStore.insert(conn, surveyId, questionnaire.version(), Channel.APP, who, hasher.currentVersion(), valid);
                Set<UUID> notInserted = new HashSet<>(responseIds.keySet());
                notInserted.removeAll(inserted.keySet());
                // read after the insert, as in record(): a concurrent sync that stored a form first has committed by now
                earlier = ResponseStore.existing(conn, notInserted);
            }
            List<SyncItem> items = new ArrayList<>(sent.size());
            int created = 0;
            int again = 0;
            for (int i = 0; i < sent.size(); i++) {
                UUID responseId = sent.get(i) == null ? null : sent.get(i).responseId();
                Prepared p = prepared[i];
                Problem problem = refused[i];
                if (problem == null && p != null && !inserted.containsKey(responseId)) {
                    Problem.FieldError conflict = conflictOf(surveyId, p, earlier.get(responseId));
                    problem = conflict == null ? null : problem(conflict(conflict), instance);
                }
                SyncOutcome outcome = problem != null ? SyncOutcome.REFUSED
                        : inserted.containsKey(responseId) ? SyncOutcome.CREATED : SyncOutcome.ALREADY_RECORDED;
                created += outcome == SyncOutcome.CREATED ? 1 : 0;
                again += outcome == SyncOutcome.ALREADY_RECORDED ? 1 : 0;
                items.add(new SyncItem(i, responseId, outcome, problem));
            }
            return new SyncView(surveyId, created, again, sent.size() - created - again, items);
        });
    }

    /**
     * The single endpoint's refusal of one form, in its order: Bean Validation of the body (400), the citizen's own
     * household (403), the questionnaire version (409), the villages and questions (400). Null when the form passes.
     *
     * @param citizenHousehold the token's household claim when the caller is a citizen, else null
     */
    private ApiException judge(ResponseRequest form, String citizenHousehold, Questionnaire questionnaire) {
        if (form == null) {
            return ApiException.invalidField("request", "must be a form, not null");
        }
        List<Problem.FieldError> violations = validator.validate(form).stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (!violations.isEmpty()) {
            return new ApiException(ProblemType.VALIDATION, "The request has " + violations.size() + " invalid field(s).", violations, null);
        }
        if (citizenHousehold != null) {
            try {
                CampaignAccess.requireOwnHousehold(citizenHousehold, form.householdId());
            } catch (ApiException refused) {
                return refused;
            }
        }
        if (form.questionnaireVersion() != null && form.questionnaireVersion() != questionnaire.version()) {
            return staleQuestionnaire(form.questionnaireVersion(), questionnaire);
        }
        Form checked = new Form(0, "", form.responseId(), form.villageCode(), form.householdId(), form.answers(), form.collectedAt());
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!questionnaire.villages().contains(form.villageCode())) {
            errors.add(FormChecker.unknownVillage("villageCode", form.villageCode(), questionnaire));
        }
        errors.addAll(FormChecker.check(checked, questionnaire));
        return errors.isEmpty() ? null : invalid(errors, 1);
    }

    /** A violation's field as the problem mappers name a body field: "answers[0].answer". */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                field.append(field.length() > 0 ? "." : "").append(name);
            }
        }
        return field.length() == 0 ? "request" : field.toString();
    }

    /** The problem an item carries: the body the single endpoint's exception mapper would answer. */
    private static Problem problem(ApiException e, String instance) {
        return Problems.of(e.type(), e.type().status(), e.getMessage(), instance, e.errors(), e.context());
    }

    /** A replay is answered with the form first recorded: its answers are the ones sent again (same content hash). */
    private static ResponseView replayView(UUID surveyId, Prepared p, Existing e) {
        return new ResponseView(p.form().responseId(), surveyId, e.villageCode(), e.questionnaireVersion(), e.channel(), answerViews(p),
                e.collectedAt(), e.receivedAt(), e.recordedBy());
    }

    private static List<AnswerView> answerViews(Prepared p) {
        return p.answers().stream()
                .map(a -> new AnswerView(a.questionCode(), a.satisfied() ? Answer.SATISFIED : Answer.NOT_SATISFIED, a.reason()))
                .toList();
    }

    @Transactional
    public BatchView submitBatch(UUID surveyId, BatchRequest batch) {
        Actor acting = actor.get();
        CampaignAccess.requireSurveyorRole(acting);
        LockedSurvey survey = Jdbc.inTransaction(conn -> lockSurvey(conn, surveyId, acting));
        CampaignAccess.requireSurveyor(acting, survey.provinceCode(), survey.communeCode());
        int max = settings.survey().batchMaxRows();
        if (batch.responses().size() > max) {
            throw ApiException.invalidField("responses", "holds " + batch.responses().size() + " forms; at most " + max
                    + " are accepted in one batch, split it");
        }
        List<Form> forms = new ArrayList<>();
        Map<Integer, List<Problem.FieldError>> rowErrors = new HashMap<>();
        for (int i = 0; i < batch.responses().size(); i++) {
            PaperForm row = batch.responses().get(i);
            String prefix = "responses[" + i + "].";
            if (row == null) {
                rowErrors.put(i, List.of(new Problem.FieldError("responses[" + i + "]", "must be a form, not null")));
                continue;
            }
            List<Problem.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<PaperForm> v : validator.validate(row)) {
                errors.add(new Problem.FieldError(prefix + v.getPropertyPath(), v.getMessage()));
            }
            if (!errors.isEmpty()) {
                rowErrors.put(i, errors);
            }
            forms.add(new Form(i, prefix, row.responseId(), batch.villageCode(), row.householdId(), row.answers(), row.collectedAt()));
        }
        String who = acting.subject();
        return Jdbc.inTransaction(conn -> {
            Set<UUID> created = record(conn, survey, forms, Channel.PAPER, batch.questionnaireVersion(), rowErrors, "villageCode", who)
                    .inserted().keySet();
            List<BatchItem> items = forms.stream().map(f -> new BatchItem(f.index(), f.responseId(),
                    created.contains(f.responseId()) ? Outcome.CREATED : Outcome.ALREADY_RECORDED)).toList();
            return new BatchView(surveyId, batch.villageCode(), created.size(), forms.size() - created.size(), items);
        });
    }

    @Transactional
    public ResponseView get(UUID surveyId, UUID responseId) {
        Actor acting = actor.get();
        SurveyPlace[] place = new SurveyPlace[1];
        ResponseView view = Jdbc.inTransaction(conn -> {
            place[0] = requireSurveyor(conn, surveyId, acting);
            return ResponseStore.read(conn, surveyId, responseId);
        }).orElseThrow(() -> ApiException.notFound("Response", responseId));
        // logged before the form leaves: a read that cannot be logged is refused (Law 91/2025, disclosure log)
        disclosures.formsRead(place[0].purpose(), List.of(responseId), place[0].provinceCode(), place[0].communeCode());
        return view;
    }

    @Transactional
    public ResponseList list(UUID surveyId, String village, String cursor, int size) {
        Actor acting = actor.get();
        SurveyPlace place = Jdbc.inTransaction(conn -> requireSurveyor(conn, surveyId, acting));
        long after = decodeCursor(cursor);
        ResponseList list = Jdbc.inTransaction(conn -> {
            List<ResponseStore.Row> rows = ResponseStore.page(conn, surveyId, village, after, size + 1);
            boolean more = rows.size() > size;
            List<ResponseStore.Row> page = more ? rows.subList(0, size) : rows;
            String next = more ? encodeCursor(page.get(page.size() - 1).seq()) : null;
            return new ResponseList(page.stream().map(ResponseStore.Row::view).toList(), size, next);
        });
        disclosures.formsRead(place.purpose(), list.items().stream().map(ResponseView::responseId).toList(), place.provinceCode(), place.communeCode());
        return list;
    }

    /**
     * What {@link #record} did: the forms as prepared, those stored now with what the database set on them, and what
     * was already stored under the other responseIds (the replays).
     */
    private record Recorded(int questionnaireVersion, List<Prepared> forms, Map<UUID, Inserted> inserted, Map<UUID, Existing> earlier) {
    }

    /**
     * Checks and stores forms in the caller's transaction, which holds the survey's row lock (lockSurvey); any refused
     * form rolls back every form of the request.
     *
     * @param villageField the request field naming the village when it is shared by all forms (a batch), else null
     */
    private Recorded record(Connection conn, LockedSurvey survey, List<Form> forms, Channel channel, Integer expectedVersion,
                            Map<Integer, List<Problem.FieldError>> earlierErrors, String villageField, String who) throws SQLException {
        UUID surveyId = survey.id();
        requireOpened(survey);
        Questionnaire questionnaire = questionnaires.of(conn, survey);
        if (expectedVersion != null && expectedVersion != questionnaire.version()) {
            throw staleQuestionnaire(expectedVersion, questionnaire);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (villageField != null && !forms.isEmpty() && !questionnaire.villages().contains(forms.get(0).villageCode())) {
            errors.add(FormChecker.unknownVillage(villageField, forms.get(0).villageCode(), questionnaire));
        }
        List<Prepared> prepared = new ArrayList<>();
        Map<UUID, Integer> responseIds = new HashMap<>();
        Map<String, Integer> households = new HashMap<>();
        for (Form form : forms) {
            List<Problem.FieldError> formErrors = new ArrayList<>(earlierErrors.getOrDefault(form.index(), List.of()));
            if (formErrors.isEmpty()) {
                if (villageField == null && !questionnaire.villages().contains(form.villageCode())) {
                    formErrors.add(FormChecker.unknownVillage("villageCode", form.villageCode(), questionnaire));
                }
                formErrors.addAll(FormChecker.check(form, questionnaire));
            }
            if (formErrors.isEmpty()) {
                Prepared p = prepare(surveyId, form, questionnaire);
                Integer sameId = responseIds.putIfAbsent(form.responseId(), form.index());
                if (sameId != null) {
                    formErrors.add(new Problem.FieldError(form.field() + "responseId", "repeats the responseId of responses[" + sameId + "]"));
                }
                Integer sameHousehold = households.putIfAbsent(Hashes.hex(p.householdHash()), form.index());
                if (sameHousehold != null) {
                    formErrors.add(new Problem.FieldError(form.field() + "householdId", "is the same household as responses[" + sameHousehold + "]"));
                }
                prepared.add(p);
            }
            errors.addAll(formErrors);
        }
        earlierErrors.keySet().stream().filter(i -> forms.stream().noneMatch(f -> f.index() == i))
                .forEach(i -> errors.addAll(earlierErrors.get(i)));
        if (!errors.isEmpty()) {
            throw invalid(errors, forms.size());
        }
        if (!questionnaire.open()) {
            return new Recorded(questionnaire.version(), prepared, Map.of(), replaysOnly(conn, surveyId, prepared, questionnaire));
        }
        HouseholdKeyRegister.lockHouseholds(conn, hasher, prepared);
        Map<UUID, UUID> answeredBefore = HouseholdKeyRegister.answeredUnderOtherKeys(conn, surveyId, prepared);
        if (!answeredBefore.isEmpty()) {
            throw refusal(prepared.stream().filter(p -> answeredBefore.containsKey(p.form().responseId()))
                    .map(p -> householdAnswered(p.form().field())).toList(), forms.size());
        }
        Map<UUID, Inserted> inserted = ResponseStore.insert(conn, surveyId, questionnaire.version(), channel, who, hasher.currentVersion(), prepared);
        Set<UUID> notInserted = new HashSet<>(responseIds.keySet());
        notInserted.removeAll(inserted.keySet());
        // Read after the insert, in a statement of its own: a concurrent request that stored the same responseId first
        // has committed by then (the insert waited for it), so its row is seen and the copy is answered as a replay.
        Map<UUID, Existing> earlier = ResponseStore.existing(conn, notInserted);
        List<Problem.FieldError> conflicts = conflicts(surveyId, prepared, notInserted, earlier);
        if (!conflicts.isEmpty()) {
            throw refusal(conflicts, forms.size());
        }
        return new Recorded(questionnaire.version(), prepared, inserted, earlier);
    }

    /** A survey that is not OPEN still answers an exact replay of a form it recorded, and refuses anything else. */
    private static Map<UUID, Existing> replaysOnly(Connection conn, UUID surveyId, List<Prepared> forms, Questionnaire questionnaire) throws SQLException {
        Map<UUID, Existing> existing = ResponseStore.existing(conn, new HashSet<>(forms.stream().map(p -> p.form().responseId()).toList()));
        boolean allReplays = forms.stream().allMatch(p -> {
            Existing e = existing.get(p.form().responseId());
            return e != null && e.surveyId().equals(surveyId) && p.sameContentAs(e.contentHash());
        });
        if (allReplays) {
            return existing;
        }
        throw notOpen(questionnaire);
    }

    private static ApiException notOpen(Questionnaire questionnaire) {
        return new ApiException(ProblemType.INVALID_TRANSITION, "The survey is " + questionnaire.state() + "; it no longer accepts forms.",
                null, Map.of("state", questionnaire.state()));
    }

    private static void requireOpened(LockedSurvey survey) {
        if (Questionnaire.DRAFT.equals(survey.state())) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "The survey is still a DRAFT; it accepts forms once it is opened.",
                    null, Map.of("state", survey.state()));
        }
    }

    private static ApiException staleQuestionnaire(int expectedVersion, Questionnaire questionnaire) {
        return new ApiException(ProblemType.CONFLICT, "The form was made for questionnaire version " + expectedVersion
                + " but the survey uses version " + questionnaire.version() + "; download the current questionnaire.",
                null, Map.of("questionnaireVersion", questionnaire.version()));
    }

    /** The 409 of forms in conflict with forms already recorded: one form's own message, or the count for a batch. */
    private static ApiException refusal(List<Problem.FieldError> conflicts, int forms) {
        if (conflicts.size() == 1 && forms == 1) {
            return conflict(conflicts.get(0));
        }
        return new ApiException(ProblemType.CONFLICT, conflicts.size() + " form(s) conflict with forms already recorded; nothing was recorded.",
                conflicts, null);
    }

    /** The 409 of one form, its detail being the one conflicting field's message. */
    private static ApiException conflict(Problem.FieldError error) {
        return new ApiException(ProblemType.CONFLICT, error.message().substring(0, 1).toUpperCase() + error.message().substring(1) + ".",
                List.of(error), null);
    }

    private static List<Problem.FieldError> conflicts(UUID surveyId, List<Prepared> forms, Set<UUID> notInserted, Map<UUID, Existing> existing) {
        List<Problem.FieldError> conflicts = new ArrayList<>();
        for (Prepared p : forms) {
            UUID id = p.form().responseId();
            if (!notInserted.contains(id)) {
                continue;
            }
            Problem.FieldError conflict = conflictOf(surveyId, p, existing.get(id));
            if (conflict != null) {
                conflicts.add(conflict);
            }
        }
        return conflicts;
    }

    /**
     * Why the database did not take a form: null when it is a replay (the same responseId with the same content), else
     * the field in conflict. {@code existing} is what is stored under its responseId (null: its household answered).
     */
    private static Problem.FieldError conflictOf(UUID surveyId, Prepared p, Existing existing) {
        if (existing == null) {
            return householdAnswered(p.form().field());
        }
        if (!existing.surveyId().equals(surveyId) || !p.sameContentAs(existing.contentHash())) {
            return new Problem.FieldError(p.form().field() + "responseId",
                    "this responseId was already used for a form with different content; generate a new responseId for a new form");
        }
        return null;
    }

    private static Problem.FieldError householdAnswered(String fieldPrefix) {
        return new Problem.FieldError(fieldPrefix + "householdId", "this household has already answered this survey");
    }

    /**
     * Who is recorded beside a form: the Front surveyor by the token's subject, since they act in office; a citizen
     * answering for their own household only by a keyed pseudonym, so the person's identity never sits beside the
     * answers (Law 91/2025; see docs/privacy.md).
     */
    private String recordedActor(Actor acting, boolean citizen) {
        return citizen ? hasher.citizenPseudonym(acting.subject()) : acting.subject();
    }

    private Prepared prepare(UUID surveyId, Form form, Questionnaire questionnaire) {
        byte[] household = hasher.hash(surveyId, form.householdId());
        List<StoredAnswer> answers = form.answers().stream()
                .map(a -> new StoredAnswer(a.questionCode(), a.answer() == Answer.SATISFIED, reason(a)))
                .sorted(Comparator.comparing(a -> questionnaire.questions().get(a.questionCode())))
                .toList();
        List<ResponseStore.UnderOtherKey> others = hasher.hashesUnderOtherKeys(surveyId, form.householdId()).stream()
                .map(h -> new ResponseStore.UnderOtherKey(h.keyVersion(), h.hash(), contentHash(surveyId, form, h.hash(), answers)))
                .toList();
        return new Prepared(form, household, contentHash(surveyId, form, household, answers), answers, others);
    }

    /** The hash that tells a replay (same content) from a conflict; it covers the household's hash under the key used. */
    private static byte[] contentHash(UUID surveyId, Form form, byte[] household, List<StoredAnswer> answers) {
        StringBuilder content = new StringBuilder("form-v1\n").append(surveyId).append('\n').append(form.villageCode()).append('\n')
                .append(Hashes.hex(household)).append('\n');
        for (StoredAnswer a : answers) {
            content.append(a.questionCode()).append('\t').append(a.satisfied() ? 'S' : 'N').append('\t')
                    .append(a.reason() == null ? "" : a.reason()).append('\n');
        }
        return Hashes.sha256(content.toString());
    }

    private static String reason(AnswerInput a) {
        if (a.answer() == Answer.SATISFIED || a.reason() == null || a.reason().isBlank()) {
            return null;
        }
        return VietnameseText.nfc(a.reason());
    }

    private static ApiException invalid(List<Problem.FieldError> errors, int forms) {
        List<Problem.FieldError> sorted = errors.stream().sorted(Comparator.comparing(Problem.FieldError::field, ResponseService::byRow)).toList();
        String detail = forms == 1 ? "The form has " + sorted.size() + " invalid field(s)."
                : "The batch has " + sorted.size() + " invalid field(s); nothing was recorded. Correct the forms named in errors and send the batch again.";
        return new ApiException(ProblemType.VALIDATION, detail, sorted, null);
    }

    /** Orders "responses[10].x" after "responses[9].x". */
    private static int byRow(String a, String b) {
        return Integer.compare(rowOf(a), rowOf(b)) != 0 ? Integer.compare(rowOf(a), rowOf(b)) : a.compareTo(b);
    }

    private static int rowOf(String field) {
        if (!field.startsWith("responses[")) {
            return -1;
        }
        int end = field.indexOf(']');
        try {
            return Integer.parseInt(field.substring("responses[".length(), end));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The survey forms are written to; an unknown one is answered as one outside the caller's scope (CampaignAccess.unknownPublished). */
    private static LockedSurvey lockSurvey(Connection conn, UUID surveyId, Actor acting) throws SQLException {
        return ResponseStore.lockSurvey(conn, surveyId).orElseThrow(() -> CampaignAccess.unknownPublished(acting, "Survey", surveyId));
    }

    /** Where a survey is: what its forms' access is judged by. */
    private record SurveyPlace(String provinceCode, String communeCode, String purpose) {
    }

    private static SurveyPlace surveyPlace(Connection conn, UUID surveyId) throws SQLException {
        try (var ps = conn.prepareStatement("SELECT province_code, commune_code, purpose, level, year FROM survey WHERE id = ?")) {
            ps.setObject(1, surveyId);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("Survey", surveyId);
                }
                String level = rs.getString(4);
                return new SurveyPlace(rs.getString(1), rs.getString(2), Disclosures.surveyPurpose(SurveyPurpose.valueOf(rs.getString(3)),
                        level == null ? null : Level.valueOf(level), rs.getInt(5)));
            }
        }
    }

    /** Paper batches are entered, and forms read, by the Front surveyor of the survey's commune and by administrators only. */
    private static SurveyPlace requireSurveyor(Connection conn, UUID surveyId, Actor acting) throws SQLException {
        SurveyPlace place = surveyPlace(conn, surveyId);
        CampaignAccess.requireSurveyor(acting, place.provinceCode(), place.communeCode());
        return place;
    }

    static String encodeCursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    static long decodeCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(CURSOR_PREFIX)) {
                long seq = Long.parseLong(text.substring(CURSOR_PREFIX.length()));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw ApiException.invalidField("cursor", "is not a cursor this API returned; start again without it");
    }
}
