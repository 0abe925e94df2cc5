package vn.ntm.campaign.results;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ntm.campaign.Level;
import vn.ntm.campaign.results.ResultApi.OverallBasis;
import vn.ntm.campaign.results.ResultApi.PublicationPlace;
import vn.ntm.campaign.results.ResultApi.PublicationView;
import vn.ntm.campaign.results.ResultApi.QuestionResult;
import vn.ntm.campaign.results.ResultApi.ReasonCount;
import vn.ntm.campaign.results.ResultApi.SurveyResult;
import vn.ntm.campaign.results.ResultApi.VillageResult;
import vn.ntm.campaign.support.Jdbc;
import vn.ntm.campaign.support.Today;
import vn.ntm.campaign.surveys.SurveyPurpose;
import vn.ntm.campaign.surveys.SurveyState;

/** Reads a frozen result back: a handful of rows per survey, whatever the number of forms. */
final class ResultReader {

    private ResultReader() {
    }

    static Optional<SurveyResult> read(Connection conn, UUID surveyId) throws SQLException {
        String sql = """
                SELECT s.commune_code, s.commune_name, s.province_code, s.purpose, s.level, s.year, s.state, s.closed_at,
                       r.households_in_scope, r.forms_returned, r.coverage, r.coverage_floor, r.coverage_met, r.overall_basis,
                       r.overall_question_code, r.overall_satisfied, r.overall_rate, r.pass_rate, r.passed,
                       r.every_village_must_pass, r.thresholds_source, r.rule_version
                FROM survey_result r JOIN survey s ON s.id = r.survey_id
                WHERE r.survey_id = ?
                """;
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String level = rs.getString(5);
                return Optional.of(new SurveyResult(surveyId, rs.getString(1), rs.getString(2), rs.getString(3),
                        SurveyPurpose.valueOf(rs.getString(4)), level == null ? null : Level.valueOf(level), rs.getInt(6),
                        SurveyState.valueOf(rs.getString(7)), Jdbc.instant(rs.getTimestamp(8)),
                        rs.getTimestamp(8) == null ? null : LocalDate.ofInstant(Jdbc.instant(rs.getTimestamp(8)), Today.VIETNAM),
                        rs.getLong(9), rs.getLong(10), rs.getBigDecimal(11), ResultApi.percent(rs.getBigDecimal(11)),
                        rs.getBigDecimal(12), rs.getBoolean(13), OverallBasis.valueOf(rs.getString(14)), rs.getString(15),
                        rs.getLong(16), rs.getBigDecimal(17), ResultApi.percent(rs.getBigDecimal(17)), rs.getBigDecimal(18),
                        rs.getBoolean(19), rs.getBoolean(20), rs.getString(21), rs.getString(22),
                        questions(conn, surveyId), villages(conn, surveyId), publications(conn, surveyId)));
            }
        }
    }

    private static List<QuestionResult> questions(Connection conn, UUID surveyId) throws SQLException {
        Map<String, List<ReasonCount>> reasons = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT question_code, reason, count FROM survey_result_reason WHERE survey_id = ? ORDER BY question_code, rank")) {
            ps.setObject(1, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reasons.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ReasonCount(rs.getString(2), rs.getLong(3)));
                }
            }
        }
        List<QuestionResult> questions = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT question_code, text, overall, answered, satisfied, rate, not_satisfied_with_reason, distinct_reasons
                FROM survey_result_question WHERE survey_id = ? ORDER BY position
                """)) {
            ps.setObject(1, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<ReasonCount> listed = reasons.getOrDefault(rs.getString(1), List.of());
                    long withReason = rs.getLong(7);
                    long listedCount = listed.stream().mapToLong(ReasonCount::count).sum();
                    questions.add(new QuestionResult(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4), rs.getLong(5),
                            rs.getBigDecimal(6), ResultApi.percent(rs.getBigDecimal(6)), withReason, rs.getLong(8), listed,
                            withReason - listedCount, null));
                }
            }
        }
        return questions;
    }

    private static List<VillageResult> villages(Connection conn, UUID surveyId) throws SQLException {
        List<VillageResult> villages = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT village_code, name, households_in_scope, forms_returned, coverage, overall_satisfied, overall_rate, passed
                FROM survey_result_village WHERE survey_id = ? ORDER BY position
                """)) {
            ps.setObject(1, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    villages.add(new VillageResult(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getBigDecimal(5),
                            rs.getLong(6), rs.getBigDecimal(7), ResultApi.percent(rs.getBigDecimal(7)), rs.getBoolean(8), null));
                }
            }
        }
        return villages;
    }

    static List<PublicationView> publications(Connection conn, UUID surveyId) throws SQLException {
        List<PublicationView> publications = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT published_on, places, note, recorded_at, recorded_by FROM survey_publication WHERE survey_id = ? ORDER BY published_on, id")) {
            ps.setObject(1, surveyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array places = rs.getArray(2);
                    List<PublicationPlace> list = Arrays.stream((String[]) places.getArray()).map(PublicationPlace::valueOf).toList();
                    publications.add(new PublicationView(rs.getObject(1, LocalDate.class), list, rs.getString(3),
                            Jdbc.instant(rs.getTimestamp(4)), rs.getString(5)));
                }
            }
        }
        return publications;
    }
}
