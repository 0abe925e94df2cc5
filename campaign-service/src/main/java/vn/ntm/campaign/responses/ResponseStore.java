package vn.ntm.campaign.responses;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.ntm.campaign.responses.ResponseApi.Answer;
import vn.ntm.campaign.responses.ResponseApi.AnswerView;
import vn.ntm.campaign.responses.ResponseApi.Channel;
import vn.ntm.campaign.responses.ResponseApi.ResponseView;
import vn.ntm.campaign.support.Hashes;
import vn.ntm.campaign.support.Jdbc;

/**
 * The SQL of survey responses. Forms and their answers are written with one statement per request (a multi-row
 * INSERT ... ON CONFLICT DO NOTHING of the forms, and the answers of the forms it took): the primary key (responseId)
 * and the unique (survey, household hash) index decide every race, and the rows the database did not take are then
 * classified as replays or conflicts.
 */
final class ResponseStore {

    /** A form ready to store: its keyed household hash and the hash of its content. */
    record Prepared(Form form, byte[] householdHash, byte[] contentHash, List<StoredAnswer> answers, List<UnderOtherKey> otherKeys) {

        /** Whether a stored form's content hash is this form's, under the current key or another known one. */
        boolean sameContentAs(byte[] stored) {
            return java.util.Arrays.equals(stored, contentHash) || otherKeys.stream().anyMatch(o -> java.util.Arrays.equals(stored, o.contentHash()));
        }
    }

    /** The same form as it would have been stored under another known household key (see HouseholdHasher). */
    record UnderOtherKey(int keyVersion, byte[] householdHash, byte[] contentHash) {
    }

    record StoredAnswer(String questionCode, boolean satisfied, String reason) {
    }

    /** What is already stored under a responseId: enough to tell a replay from a conflict, and to answer the replay. */
    record Existing(UUID surveyId, byte[] contentHash, String villageCode, int questionnaireVersion, Channel channel,
                    Instant collectedAt, Instant receivedAt, String recordedBy) {
    }

    /** The survey row as a form is checked against it: read under a shared lock held until commit. */
    record LockedSurvey(UUID id, String state, int questionnaireVersion, String provinceCode, String communeCode) {
    }

    /** What the database set on a form it stored now. */
    record Inserted(Instant collectedAt, Instant receivedAt) {
    }

    /** The frozen part of a survey: question code → position in questionnaire order, and the village codes. */
    record Structure(Map<String, Integer> questions, Set<String> villages) {
    }

    private ResponseStore() {
    }

    /**
     * The authoritative check of a survey's state, one statement: the row is read under a shared lock held until commit.
     * Closing takes the row exclusively, so a survey cannot close between this check and the insert of the forms, and
     * a close waits for the forms being written (it never misses or half-counts one).
     */
    static Optional<LockedSurvey> lockSurvey(Connection conn, UUID surveyId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT state, questionnaire_version, province_code, commune_code FROM survey WHERE id = ? FOR SHARE")) {
            ps.setObject(1, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new LockedSurvey(surveyId, rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)));
            }
        }
    }

    /** The questions and villages of a survey, in their order. */
    static Structure structure(Connection conn, UUID surveyId) throws SQLException {
        Map<String, Integer> questions = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT code, position FROM survey_question WHERE survey_id = ? ORDER BY position")) {
            ps.setObject(1, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    questions.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        Set<String> villages = new LinkedHashSet<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT code FROM survey_village WHERE survey_id = ? ORDER BY position")) {
            ps.setObject(1, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    villages.add(rs.getString(1));
                }
            }
        }
        return new Structure(Collections.unmodifiableMap(questions), Collections.unmodifiableSet(villages));
    }

    /**
     * Inserts the forms the database accepts and, in the same statement, the answers of exactly those forms; returns
     * the forms inserted with the values the database set. Forms it did not take (a responseId or household already
     * stored, possibly by a concurrent request) are left to the caller to classify.
     */
    static Map<UUID, Inserted> insert(Connection conn, UUID surveyId, int questionnaireVersion, Channel channel, String recordedBy,
                                      int keyVersion, List<Prepared> forms) throws SQLException {
        String sql = """
                WITH inserted AS (
                    INSERT INTO survey_response (id, survey_id, village_code, household_hash, content_hash, questionnaire_version,
                                                 channel, collected_at, recorded_by, household_key_version)
                    SELECT f.id::uuid, ?, f.village, decode(f.household, 'hex'), decode(f.content, 'hex'), ?, ?, f.collected::timestamptz, ?, ?
                    FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS f(id, village, household, content, collected, n)
                    ORDER BY f.n
                    ON CONFLICT DO NOTHING
                    RETURNING id, collected_at, received_at
                ), answers AS (
                    INSERT INTO survey_answer (response_id, survey_id, question_code, satisfied, reason)
                    SELECT i.id, ?, a.code, a.satisfied, a.reason
                    FROM unnest(?::text[], ?::text[], ?::boolean[], ?::text[]) AS a(id, code, satisfied, reason)
                    JOIN inserted i ON i.id = a.id::uuid
                )
                SELECT id, collected_at, received_at FROM inserted
                """;
        int size = forms.size();
        String[] ids = new String[size];
        String[] villages = new String[size];
        String[] households = new String[size];
        String[] contents = new String[size];
        String[] collected = new String[size];
        List<String> answerIds = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        List<Boolean> satisfied = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Prepared p = forms.get(i);
            ids[i] = p.form().responseId().toString();
            villages[i] = p.form().villageCode();
            households[i] = Hashes.hex(p.householdHash());
            contents[i] = Hashes.hex(p.contentHash());
            collected[i] = p.form().collectedAt() == null ? null : p.form().collectedAt().toString();
            for (StoredAnswer a : p.answers()) {
                answerIds.add(ids[i]);
                codes.add(a.questionCode());
                satisfied.add(a.satisfied());
                reasons.add(a.reason());
            }
        }
        Map<UUID, Inserted> inserted = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, surveyId);
            ps.setInt(2, questionnaireVersion);
            ps.setString(3, channel.name());
            ps.setString(4, recordedBy);
            ps.setInt(5, keyVersion);
            ps.setArray(6, conn.createArrayOf("text", ids));
            ps.setArray(7, conn.createArrayOf("text", villages));
            ps.setArray(8, conn.createArrayOf("text", households));
            ps.setArray(9, conn.createArrayOf("text", contents));
            ps.setArray(10, conn.createArrayOf("text", collected));
            ps.setObject(11, surveyId);
            ps.setArray(12, conn.createArrayOf("text", answerIds.toArray()));
            ps.setArray(13, conn.createArrayOf("text", codes.toArray()));
            ps.setArray(14, conn.createArrayOf("bool", satisfied.toArray()));
            ps.setArray(15, conn.createArrayOf("text", reasons.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.put(rs.getObject(1, UUID.class), new Inserted(Jdbc.instant(rs.getTimestamp(2)), Jdbc.instant(rs.getTimestamp(3))));
                }
            }
        }
        return inserted;
    }

    static Map<UUID, Existing> existing(Connection conn, Set<UUID> responseIds) throws SQLException {
        Map<UUID, Existing> found = new LinkedHashMap<>();
        if (responseIds.isEmpty()) {
            return found;
        }
        String sql = "SELECT id, survey_id, content_hash, village_code, questionnaire_version, channel, collected_at, received_at, recorded_by "
                + "FROM survey_response WHERE id = ANY (?::uuid[])";
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setArray(1, conn.createArrayOf("text", responseIds.stream().map(UUID::toString).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getObject(1, UUID.class), new Existing(rs.getObject(2, UUID.class), rs.getBytes(3), rs.getString(4),
                            rs.getInt(5), Channel.valueOf(rs.getString(6)), Jdbc.instant(rs.getTimestamp(7)),
                            Jdbc.instant(rs.getTimestamp(8)), rs.getString(9)));
                }
            }
        }
        return found;
    }

    /** One page of a survey's forms after {@code afterSeq}, in the order received, with their answers. */
    static List<Row> page(Connection conn, UUID surveyId, String village, long afterSeq, int limit) throws SQLException {
        String sql = "SELECT id, seq, village_code, questionnaire_version, channel, collected_at, received_at, recorded_by "
                + "FROM survey_response WHERE survey_id = ? AND seq > ?" + (village == null ? "" : " AND village_code = ?")
                + " ORDER BY seq LIMIT ?";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, surveyId);
            ps.setLong(i++, afterSeq);
            if (village != null) {
                ps.setString(i++, village);
            }
            ps.setInt(i, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(2), new ResponseView(rs.getObject(1, UUID.class), surveyId, rs.getString(3), rs.getInt(4),
                            Channel.valueOf(rs.getString(5)), new ArrayList<>(), Jdbc.instant(rs.getTimestamp(6)),
                            Jdbc.instant(rs.getTimestamp(7)), rs.getString(8))));
                }
            }
        }
        attachAnswers(conn, surveyId, rows);
        return rows;
    }

    static Optional<ResponseView> read(Connection conn, UUID surveyId, UUID responseId) throws SQLException {
        String sql = "SELECT id, seq, village_code, questionnaire_version, channel, collected_at, received_at, recorded_by "
                + "FROM survey_response WHERE survey_id = ? AND id = ?";
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, surveyId);
            ps.setObject(2, responseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    rows.add(new Row(rs.getLong(2), new ResponseView(responseId, surveyId, rs.getString(3), rs.getInt(4),
                            Channel.valueOf(rs.getString(5)), new ArrayList<>(), Jdbc.instant(rs.getTimestamp(6)),
                            Jdbc.instant(rs.getTimestamp(7)), rs.getString(8))));
                }
            }
        }
        attachAnswers(conn, surveyId, rows);
        return rows.stream().map(Row::view).findFirst();
    }

    /** A form with its position in the survey's append-only sequence (the cursor). */
    record Row(long seq, ResponseView view) {
    }

    private static void attachAnswers(Connection conn, UUID surveyId, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        Map<UUID, List<AnswerView>> byResponse = new LinkedHashMap<>();
        rows.forEach(r -> byResponse.put(r.view().responseId(), r.view().answers()));
        String sql = """
                SELECT a.response_id, a.question_code, a.satisfied, a.reason
                FROM survey_answer a JOIN survey_question q ON q.survey_id = a.survey_id AND q.code = a.question_code
                WHERE a.response_id = ANY (?::uuid[]) AND a.survey_id = ?
                ORDER BY q.position
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setArray(1, conn.createArrayOf("text", byResponse.keySet().stream().map(UUID::toString).toArray()));
            ps.setObject(2, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byResponse.get(rs.getObject(1, UUID.class)).add(new AnswerView(rs.getString(2),
                            rs.getBoolean(3) ? Answer.SATISFIED : Answer.NOT_SATISFIED, rs.getString(4)));
                }
            }
        }
    }
}
