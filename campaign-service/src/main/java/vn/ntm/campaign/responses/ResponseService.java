package vn.ntm.campaign.responses;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
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
        String who = acting.subject();
        return Jdbc.transaction(dataSource, conn -> {
            LockedSurvey survey = lockSurvey(conn, surveyId);
            CampaignAccess.requireRespondent(acting, household, survey.provinceCode(), survey.communeCode(), request.householdId());
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
        LockedSurvey survey = Jdbc.inTransaction(conn -> lockSurvey(conn, surveyId));
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
        return Jdbc.inTransaction(conn -> {
            requireSurveyor(conn, surveyId, acting);
            return ResponseStore.read(conn, surveyId, responseId);
        }).orElseThrow(() -> ApiException.notFound("Response", responseId));
    }

    @Transactional
    public ResponseList list(UUID surveyId, String village, String cursor, int size) {
        Actor acting = actor.get();
        Jdbc.inTransaction(conn -> requireSurveyor(conn, surveyId, acting));
        long after = decodeCursor(cursor);
        return Jdbc.inTransaction(conn -> {
            List<ResponseStore.Row> rows = ResponseStore.page(conn, surveyId, village, after, size + 1);
            boolean more = rows.size() > size;
            List<ResponseStore.Row> page = more ? rows.subList(0, size) : rows;
            String next = more ? encodeCursor(page.get(page.size() - 1).seq()) : null;
            return new ResponseList(page.stream().map(ResponseStore.Row::view).toList(), size, next);
        });
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
        if (Questionnaire.DRAFT.equals(survey.state())) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "The survey is still a DRAFT; it accepts forms once it is opened.",
                    null, Map.of("state", survey.state()));
        }
        Questionnaire questionnaire = questionnaires.of(conn, survey);
        if (expectedVersion != null && expectedVersion != questionnaire.version()) {
            throw new ApiException(ProblemType.CONFLICT, "The form was made for questionnaire version " + expectedVersion
                    + " but the survey uses version " + questionnaire.version() + "; download the current questionnaire.",
                    null, Map.of("questionnaireVersion", questionnaire.version()));
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
        Map<UUID, Inserted> inserted = ResponseStore.insert(conn, surveyId, questionnaire.version(), channel, who, prepared);
        Set<UUID> notInserted = new HashSet<>(responseIds.keySet());
        notInserted.removeAll(inserted.keySet());
        // Read after the insert, in a statement of its own: a concurrent request that stored the same responseId first
        // has committed by then (the insert waited for it), so its row is seen and the copy is answered as a replay.
        Map<UUID, Existing> earlier = ResponseStore.existing(conn, notInserted);
        List<Problem.FieldError> conflicts = conflicts(surveyId, prepared, notInserted, earlier);
        if (!conflicts.isEmpty()) {
            throw new ApiException(ProblemType.CONFLICT, conflicts.size() == 1 && forms.size() == 1
                    ? conflicts.get(0).message().substring(0, 1).toUpperCase() + conflicts.get(0).message().substring(1) + "."
                    : conflicts.size() + " form(s) conflict with forms already recorded; nothing was recorded.",
                    conflicts, null);
        }
        return new Recorded(questionnaire.version(), prepared, inserted, earlier);
    }

    /** A survey that is not OPEN still answers an exact replay of a form it recorded, and refuses anything else. */
    private static Map<UUID, Existing> replaysOnly(Connection conn, UUID surveyId, List<Prepared> forms, Questionnaire questionnaire) throws SQLException {
        Map<UUID, Existing> existing = ResponseStore.existing(conn, new HashSet<>(forms.stream().map(p -> p.form().responseId()).toList()));
        boolean allReplays = forms.stream().allMatch(p -> {
            Existing e = existing.get(p.form().responseId());
            return e != null && e.surveyId().equals(surveyId) && Arrays.equals(e.contentHash(), p.contentHash());
        });
        if (allReplays) {
            return existing;
        }
        throw new ApiException(ProblemType.INVALID_TRANSITION, "The survey is " + questionnaire.state() + "; it no longer accepts forms.",
                null, Map.of("state", questionnaire.state()));
    }

    private static List<Problem.FieldError> conflicts(UUID surveyId, List<Prepared> forms, Set<UUID> notInserted, Map<UUID, Existing> existing) {
        List<Problem.FieldError> conflicts = new ArrayList<>();
        for (Prepared p : forms) {
            UUID id = p.form().responseId();
            if (!notInserted.contains(id)) {
                continue;
            }
            Existing e = existing.get(id);
            if (e == null) {
                conflicts.add(new Problem.FieldError(p.form().field() + "householdId", "this household has already answered this survey"));
            } else if (!e.surveyId().equals(surveyId) || !Arrays.equals(e.contentHash(), p.contentHash())) {
                conflicts.add(new Problem.FieldError(p.form().field() + "responseId",
                        "this responseId was already used for a form with different content; generate a new responseId for a new form"));
            }
        }
        return conflicts;
    }

    private Prepared prepare(UUID surveyId, Form form, Questionnaire questionnaire) {
        byte[] household = hasher.hash(surveyId, form.householdId());
        List<StoredAnswer> answers = form.answers().stream()
                .map(a -> new StoredAnswer(a.questionCode(), a.answer() == Answer.SATISFIED, reason(a)))
                .sorted(Comparator.comparing(a -> questionnaire.questions().get(a.questionCode())))
                .toList();
        StringBuilder content = new StringBuilder("form-v1\n").append(surveyId).append('\n').append(form.villageCode()).append('\n')
                .append(Hashes.hex(household)).append('\n');
        for (StoredAnswer a : answers) {
            content.append(a.questionCode()).append('\t').append(a.satisfied() ? 'S' : 'N').append('\t')
                    .append(a.reason() == null ? "" : a.reason()).append('\n');
        }
        return new Prepared(form, household, Hashes.sha256(content.toString()), answers);
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

    private static LockedSurvey lockSurvey(Connection conn, UUID surveyId) throws SQLException {
        return ResponseStore.lockSurvey(conn, surveyId).orElseThrow(() -> ApiException.notFound("Survey", surveyId));
    }

    /** Where a survey is: what its forms' access is judged by. */
    private record SurveyPlace(String provinceCode, String communeCode) {
    }

    private static SurveyPlace surveyPlace(Connection conn, UUID surveyId) throws SQLException {
        try (var ps = conn.prepareStatement("SELECT province_code, commune_code FROM survey WHERE id = ?")) {
            ps.setObject(1, surveyId);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ApiException.notFound("Survey", surveyId);
                }
                return new SurveyPlace(rs.getString(1), rs.getString(2));
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
