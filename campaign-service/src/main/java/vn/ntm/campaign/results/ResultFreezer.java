package vn.ntm.campaign.results;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import vn.ntm.campaign.results.ResultApi.OverallBasis;

/**
 * Computes a survey's result with SQL aggregates, inside the database, and stores it: the forms are never loaded
 * into memory, whatever their number. Run in the closing transaction, after the survey row has been locked, so no
 * form can arrive between the count and the close. Pass decisions compare exact counts (satisfied >= rate x forms);
 * the stored rates are rounded to four places for display.
 */
final class ResultFreezer {

    /** One flag per form: satisfied on the overall question. A form without that answer counts as not satisfied. */
    private static final String FORMS_BY_OVERALL_QUESTION = """
            SELECT r.village_code, coalesce(a.satisfied, false) AS satisfied
            FROM survey_response r
            LEFT JOIN survey_answer a ON a.response_id = r.id AND a.question_code = ?
            WHERE r.survey_id = ?
            """;

    /** One flag per form: satisfied on every question. */
    private static final String FORMS_BY_ALL_QUESTIONS = """
            SELECT r.village_code, coalesce(bool_and(a.satisfied), false) AS satisfied
            FROM survey_response r
            LEFT JOIN survey_answer a ON a.response_id = r.id
            WHERE r.survey_id = ?
            GROUP BY r.id, r.village_code
            """;

    private ResultFreezer() {
    }

    static void freeze(Connection conn, UUID surveyId, SurveyRule thresholds, int reasonsPerQuestion) throws SQLException {
        String overallQuestion = overallQuestion(conn, surveyId);
        OverallBasis basis = overallQuestion == null ? OverallBasis.ALL_QUESTIONS : OverallBasis.OVERALL_QUESTION;
        perVillage(conn, surveyId, overallQuestion, thresholds);
        perQuestion(conn, surveyId);
        reasons(conn, surveyId, reasonsPerQuestion);
        summary(conn, surveyId, basis, overallQuestion, thresholds);
    }

    private static String overallQuestion(Connection conn, UUID surveyId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("SELECT code FROM survey_question WHERE survey_id = ? AND overall")) {
            ps.setObject(1, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void perVillage(Connection conn, UUID surveyId, String overallQuestion, SurveyRule t) throws SQLException {
        String forms = overallQuestion == null ? FORMS_BY_ALL_QUESTIONS : FORMS_BY_OVERALL_QUESTION;
        String sql = "WITH form AS (" + forms + "), "
                + """
                per_village AS (
                    SELECT village_code, count(*) AS forms, count(*) FILTER (WHERE satisfied) AS satisfied
                    FROM form GROUP BY village_code)
                INSERT INTO survey_result_village (survey_id, village_code, position, name, households_in_scope, forms_returned,
                                                   overall_satisfied, coverage, overall_rate, passed)
                SELECT v.survey_id, v.code, v.position, v.name, v.households_in_scope, coalesce(p.forms, 0), coalesce(p.satisfied, 0),
                       round(coalesce(p.forms, 0)::numeric / v.households_in_scope, 4),
                       CASE WHEN p.forms > 0 THEN round(p.satisfied::numeric / p.forms, 4) END,
                       coalesce(p.forms > 0 AND p.satisfied >= ? * p.forms, false)
                FROM survey_village v LEFT JOIN per_village p ON p.village_code = v.code
                WHERE v.survey_id = ?
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int i = 1;
            if (overallQuestion != null) {
                ps.setString(i++, overallQuestion);
            }
            ps.setObject(i++, surveyId);
            ps.setBigDecimal(i++, t.passRate());
            ps.setObject(i, surveyId);
            ps.executeUpdate();
        }
    }

    private static void perQuestion(Connection conn, UUID surveyId) throws SQLException {
        String sql = """
                INSERT INTO survey_result_question (survey_id, question_code, position, text, overall, answered, satisfied, rate,
                                                    not_satisfied_with_reason, distinct_reasons)
                SELECT q.survey_id, q.code, q.position, q.text, q.overall, coalesce(a.answered, 0), coalesce(a.satisfied, 0),
                       CASE WHEN a.answered > 0 THEN round(a.satisfied::numeric / a.answered, 4) END,
                       coalesce(a.with_reason, 0), coalesce(a.distinct_reasons, 0)
                FROM survey_question q
                LEFT JOIN (
                    SELECT question_code, count(*) AS answered, count(*) FILTER (WHERE satisfied) AS satisfied,
                           count(reason) AS with_reason, count(DISTINCT reason) AS distinct_reasons
                    FROM survey_answer WHERE survey_id = ? GROUP BY question_code) a ON a.question_code = q.code
                WHERE q.survey_id = ?
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, surveyId);
            ps.setObject(2, surveyId);
            ps.executeUpdate();
        }
    }

    private static void reasons(Connection conn, UUID surveyId, int perQuestion) throws SQLException {
        String sql = """
                INSERT INTO survey_result_reason (survey_id, question_code, rank, reason, count)
                SELECT ?, question_code, rank, reason, n
                FROM (SELECT question_code, reason, count(*) AS n,
                             row_number() OVER (PARTITION BY question_code ORDER BY count(*) DESC, reason) AS rank
                      FROM survey_answer WHERE survey_id = ? AND reason IS NOT NULL
                      GROUP BY question_code, reason) ranked
                WHERE rank <= ?
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, surveyId);
            ps.setObject(2, surveyId);
            ps.setInt(3, perQuestion);
            ps.executeUpdate();
        }
    }

    private static void summary(Connection conn, UUID surveyId, OverallBasis basis, String overallQuestion, SurveyRule t)
            throws SQLException {
        String sql = """
                INSERT INTO survey_result (survey_id, households_in_scope, forms_returned, coverage, coverage_floor, coverage_met,
                                           overall_basis, overall_question_code, overall_satisfied, overall_rate, pass_rate,
                                           every_village_must_pass, thresholds_source, rule_version, passed)
                SELECT ?, t.h, t.f, round(t.f::numeric / t.h, 4), ?, t.f >= ? * t.h,
                       ?, ?, t.s, CASE WHEN t.f > 0 THEN round(t.s::numeric / t.f, 4) END, ?,
                       ?, ?, ?,
                       t.f > 0 AND t.f >= ? * t.h AND t.s >= ? * t.f AND (NOT ? OR t.every_village_passed)
                FROM (SELECT sum(households_in_scope) AS h, sum(forms_returned) AS f, sum(overall_satisfied) AS s,
                             bool_and(passed) AS every_village_passed
                      FROM survey_result_village WHERE survey_id = ?) t
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, surveyId);
            ps.setBigDecimal(i++, t.coverageFloor());
            ps.setBigDecimal(i++, t.coverageFloor());
            ps.setString(i++, basis.name());
            ps.setString(i++, overallQuestion);
            ps.setBigDecimal(i++, t.passRate());
            ps.setBoolean(i++, t.everyVillageMustPass());
            ps.setString(i++, t.source());
            ps.setString(i++, t.ruleVersion());
            ps.setBigDecimal(i++, t.coverageFloor());
            ps.setBigDecimal(i++, t.passRate());
            ps.setBoolean(i++, t.everyVillageMustPass());
            ps.setObject(i, surveyId);
            ps.executeUpdate();
        }
    }
}
