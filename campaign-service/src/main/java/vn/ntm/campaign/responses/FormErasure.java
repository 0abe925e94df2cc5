package vn.ntm.campaign.responses;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The two ways a household's form stops being personal data, in one place for the retention job and for
 * data-subject requests: its link to the household is removed (the answers stay), or the form is erased with its
 * answers. Each takes the forms it reaches as a SQL condition on {@code survey_response r} joined to its
 * {@code survey s}, with the condition's parameters bound by the caller.
 */
public final class FormErasure {

    /** What unlinking is: no household hash, and a citizen's pseudonym replaced by the role, as public views show it. */
    private static final String UNLINK = """
            UPDATE survey_response r
            SET household_hash = NULL,
                recorded_by = CASE WHEN r.recorded_by LIKE 'citizen~%' THEN 'citizen' ELSE r.recorded_by END
            FROM survey s
            WHERE s.id = r.survey_id AND r.household_hash IS NOT NULL AND s.state = 'CLOSED'""";

    /** Binds the parameters of a condition. */
    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private FormErasure() {
    }

    /** Unlinks the forms of CLOSED surveys that {@code condition} reaches; returns the forms changed. */
    public static int unlink(Connection conn, String condition, Binder binder) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(UNLINK + " AND " + condition)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    /** Deletes the forms {@code condition} reaches, answers first; returns the forms deleted. */
    public static int erase(Connection conn, String condition, Binder binder) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "DELETE FROM survey_answer a USING survey_response r, survey s WHERE a.response_id = r.id AND s.id = r.survey_id AND " + condition)) {
            binder.bind(ps);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM survey_response r USING survey s WHERE s.id = r.survey_id AND " + condition)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }
}
