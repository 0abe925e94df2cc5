package vn.ntm.campaign.datasubject;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ntm.campaign.Level;
import vn.ntm.campaign.datasubject.DataSubjectApi.HeldAnswer;
import vn.ntm.campaign.datasubject.DataSubjectApi.HeldForm;
import vn.ntm.campaign.responses.FormErasure;
import vn.ntm.campaign.responses.HouseholdHasher;
import vn.ntm.campaign.retention.RetentionSettings;
import vn.ntm.campaign.support.Jdbc;
import vn.ntm.campaign.support.Today;
import vn.ntm.campaign.surveys.SurveyPurpose;
import vn.ntm.campaign.surveys.SurveyState;

/**
 * A household's forms, found by its identifier without storing it: the identifier is hashed per survey under every
 * key this replica knows (the current one and those of a rotation), exactly as a form is matched when it arrives.
 * Runs on the connection of the caller's transaction.
 */
final class HouseholdForms {

    /** One form a request reaches. */
    record Match(UUID responseId, UUID surveyId) {
    }

    private HouseholdForms() {
    }

    /** The household's forms in the surveys of {@code communeCode} (or in {@code surveyId} alone). */
    static List<Match> find(HouseholdHasher hasher, String communeCode, UUID surveyId, String householdId) {
        String household = HouseholdHasher.normalise(householdId);
        return Jdbc.inTransaction(conn -> {
            List<UUID> surveys = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(surveyId == null
                    ? "SELECT id FROM survey WHERE commune_code = ? AND state <> 'DRAFT' ORDER BY id"
                    : "SELECT id FROM survey WHERE commune_code = ? AND id = ? AND state <> 'DRAFT'")) {
                ps.setString(1, communeCode);
                if (surveyId != null) {
                    ps.setObject(2, surveyId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        surveys.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            List<Match> matches = new ArrayList<>();
            for (UUID survey : surveys) {
                List<byte[]> hashes = new ArrayList<>();
                hashes.add(hasher.hash(survey, household));
                hasher.hashesUnderOtherKeys(survey, household).forEach(h -> hashes.add(h.hash()));
                // one placeholder per key: the PostgreSQL driver cannot bind a bytea[] array
                String in = String.join(", ", java.util.Collections.nCopies(hashes.size(), "?"));
                try (PreparedStatement ps = conn.prepareStatement("SELECT id FROM survey_response WHERE survey_id = ? AND household_hash IN (" + in + ")")) {
                    ps.setObject(1, survey);
                    for (int i = 0; i < hashes.size(); i++) {
                        ps.setBytes(i + 2, hashes.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            matches.add(new Match(rs.getObject(1, UUID.class), survey));
                        }
                    }
                }
            }
            return matches;
        });
    }

    /** What is still held of the forms a request matched: the forms erased since are simply absent. */
    static List<HeldForm> held(UUID requestId, RetentionSettings retention) {
        return Jdbc.inTransaction(conn -> {
            Map<UUID, List<HeldAnswer>> answers = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    SELECT a.response_id, a.question_code, a.satisfied, a.reason
                    FROM data_subject_request_form f JOIN survey_answer a ON a.response_id = f.response_id
                    JOIN survey_question q ON q.survey_id = a.survey_id AND q.code = a.question_code
                    WHERE f.request_id = ? ORDER BY a.response_id, q.position
                    """)) {
                ps.setObject(1, requestId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        answers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                                .add(new HeldAnswer(rs.getString(2), rs.getBoolean(3), rs.getString(4)));
                    }
                }
            }
            List<HeldForm> forms = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("""
                    SELECT r.id, s.id, s.title, s.purpose, s.level, s.year, s.legal_basis, s.state, r.village_code, r.channel,
                           r.received_at, s.closed_at, r.household_hash IS NOT NULL
                    FROM data_subject_request_form f JOIN survey_response r ON r.id = f.response_id JOIN survey s ON s.id = r.survey_id
                    WHERE f.request_id = ? ORDER BY r.received_at, r.id
                    """)) {
                ps.setObject(1, requestId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        UUID response = rs.getObject(1, UUID.class);
                        String level = rs.getString(5);
                        java.sql.Timestamp closed = rs.getTimestamp(12);
                        ZonedDateTime closedAt = closed == null ? null : closed.toInstant().atZone(Today.VIETNAM);
                        LocalDate linkUntil = closedAt == null || !rs.getBoolean(13) ? null
                                : closedAt.plus(retention.householdLink().period()).toLocalDate();
                        LocalDate formUntil = closedAt == null ? null : closedAt.plus(retention.surveyForms().period()).toLocalDate();
                        forms.add(new HeldForm(response, rs.getObject(2, UUID.class), rs.getString(3), SurveyPurpose.valueOf(rs.getString(4)),
                                level == null ? null : Level.valueOf(level), rs.getInt(6), rs.getString(7), SurveyState.valueOf(rs.getString(8)),
                                rs.getString(9), rs.getString(10), rs.getTimestamp(11).toInstant(), answers.getOrDefault(response, List.of()),
                                linkUntil, formUntil));
                    }
                }
            }
            return forms;
        });
    }

    /** The matched forms, with the state of their survey, locked against a concurrent close (as arriving forms are). */
    static Map<UUID, SurveyState> lockSurveys(Connection conn, List<Match> matches) throws SQLException {
        Map<UUID, SurveyState> states = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT state FROM survey WHERE id = ? FOR SHARE")) {
            for (Match m : matches) {
                if (!states.containsKey(m.surveyId())) {
                    ps.setObject(1, m.surveyId());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        states.put(m.surveyId(), SurveyState.valueOf(rs.getString(1)));
                    }
                }
            }
        }
        return states;
    }

    /** Removes the household's hash and a citizen's pseudonym from forms of closed surveys; returns the forms changed. */
    static int unlink(Connection conn, List<UUID> responses) throws SQLException {
        return FormErasure.unlink(conn, "r.id = ANY (?)", ps -> ps.setArray(1, uuids(conn, responses)));
    }

    /** Keeps a form's answers as the history of a correction, before the form is removed. */
    static void keepHistory(Connection conn, UUID requestId, List<UUID> responses) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                INSERT INTO survey_response_history (response_id, survey_id, request_id, village_code, answers, set_aside_at)
                SELECT r.id, r.survey_id, ?, r.village_code,
                       coalesce((SELECT jsonb_agg(jsonb_build_object('questionCode', a.question_code, 'satisfied', a.satisfied, 'reason', a.reason)
                                                  ORDER BY a.question_code)
                                 FROM survey_answer a WHERE a.response_id = r.id), '[]'::jsonb),
                       now()
                FROM survey_response r WHERE r.id = ANY (?)
                """)) {
            ps.setObject(1, requestId);
            ps.setArray(2, uuids(conn, responses));
            ps.executeUpdate();
        }
    }

    /** Deletes forms (of open surveys) and their answers; returns the forms deleted. */
    static int remove(Connection conn, List<UUID> responses) throws SQLException {
        return FormErasure.erase(conn, "r.id = ANY (?)", ps -> ps.setArray(1, uuids(conn, responses)));
    }

    private static Array uuids(Connection conn, List<UUID> ids) throws SQLException {
        return conn.createArrayOf("uuid", ids.toArray());
    }
}
