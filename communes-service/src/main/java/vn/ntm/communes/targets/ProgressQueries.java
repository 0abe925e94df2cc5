package vn.ntm.communes.targets;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** The counts of a progress report, in one SQL statement over the province's rural communes. */
@ApplicationScoped
public class ProgressQueries {

    /** Rural communes and how many hold each level or above. */
    public record Counts(long communes, long ntm, long advanced, long model, long modern) {
    }

    /**
     * Per unit: the highest rank of the 2021–2025 ladder (level_rank, NTM 1 … MODEL 3) and whether it holds the modern
     * NTM level of 2026–2030, which is outside that ladder (a modern commune is an NTM commune, not a model one).
     * Parameters: decidedBy, decidedBy, maxYear, decidedBy, decidedBy, maxYear.
     */
    static final String HELD = """
                    COALESCE((SELECT max(level_rank(r.level)) FROM recognition r
                              WHERE r.unit_id = u.id AND r.decision_date <= ? AND (r.revoked_on IS NULL OR r.revoked_on > ?)
                                AND r.recognition_year <= ?), 0) AS rank,
                    EXISTS (SELECT 1 FROM recognition r
                            WHERE r.unit_id = u.id AND r.level = 'MODERN' AND r.decision_date <= ?
                              AND (r.revoked_on IS NULL OR r.revoked_on > ?) AND r.recognition_year <= ?) AS modern""";

    /** The counts over {@code held}, in the order of {@link Counts}. */
    static final String COUNTS = """
            count(*), count(*) FILTER (WHERE rank >= 1 OR modern), count(*) FILTER (WHERE rank >= 2),
            count(*) FILTER (WHERE rank >= 3), count(*) FILTER (WHERE modern)""";

    static int bindHeld(PreparedStatement ps, int from, LocalDate decidedBy, int maxYear) throws SQLException {
        int i = from;
        for (int k = 0; k < 2; k++) {
            ps.setDate(i++, Date.valueOf(decidedBy));
            ps.setDate(i++, Date.valueOf(decidedBy));
            ps.setInt(i++, maxYear);
        }
        return i;
    }

    static Counts counts(ResultSet rs, int from) throws SQLException {
        return new Counts(rs.getLong(from), rs.getLong(from + 1), rs.getLong(from + 2), rs.getLong(from + 3), rs.getLong(from + 4));
    }

    private final AgroalDataSource dataSource;

    ProgressQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long ruralCommunes(long provinceId, LocalDate unitsDate) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT count(*) FROM commune
                WHERE province_id = ? AND type = 'XA' AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)""")) {
            ps.setLong(1, provinceId);
            ps.setDate(2, Date.valueOf(unitsDate));
            ps.setDate(3, Date.valueOf(unitsDate));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count communes", e);
        }
    }

    /**
     * Counts the rural communes (XA) of the province existing on {@code unitsDate}, and those holding each level or above
     * by a recognition decided on or before {@code decidedBy}, in force on that day, with a recognition year up to
     * {@code maxYear}. A merged unit counts only from its own decision (an acknowledgement is a recognition of the unit):
     * its predecessors' recognitions are theirs, and they count in the ended province's figures (issue 16).
     */
    public Counts count(long provinceId, LocalDate unitsDate, LocalDate decidedBy, int maxYear) {
        String sql = """
                WITH units AS (
                    SELECT c.id FROM commune c
                    WHERE c.province_id = ? AND c.type = 'XA' AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)),
                held AS (
                    SELECT u.id,
                """ + HELD + """

                    FROM units u)
                """ + "SELECT " + COUNTS + " FROM held"; // "SELECT " outside the text block, which strips trailing spaces
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, provinceId);
            ps.setDate(2, Date.valueOf(unitsDate));
            ps.setDate(3, Date.valueOf(unitsDate));
            bindHeld(ps, 4, decidedBy, maxYear);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return counts(rs, 1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count progress", e);
        }
    }
}
