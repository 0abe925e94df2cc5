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
    public record Counts(long communes, long ntm, long advanced, long model) {
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
                        COALESCE((SELECT max(level_rank(r.level)) FROM recognition r
                                  WHERE r.unit_id = u.id AND r.decision_date <= ? AND (r.revoked_on IS NULL OR r.revoked_on > ?)
                                    AND r.recognition_year <= ?), 0) AS rank
                    FROM units u)
                SELECT count(*), count(*) FILTER (WHERE rank >= 1), count(*) FILTER (WHERE rank >= 2), count(*) FILTER (WHERE rank >= 3)
                FROM held""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, provinceId);
            ps.setDate(2, Date.valueOf(unitsDate));
            ps.setDate(3, Date.valueOf(unitsDate));
            ps.setDate(4, Date.valueOf(decidedBy));
            ps.setDate(5, Date.valueOf(decidedBy));
            ps.setInt(6, maxYear);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count progress", e);
        }
    }
}
