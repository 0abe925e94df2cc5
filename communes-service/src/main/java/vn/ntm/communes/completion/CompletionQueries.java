package vn.ntm.communes.completion;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import vn.ntm.communes.Level;

/** How many of a province's rural communes meet a province-completion share condition (the denominator is ProgressQueries'). */
@ApplicationScoped
public class CompletionQueries {

    private final AgroalDataSource dataSource;

    CompletionQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A recognition counts when it is at one of {@code levels}, decided on or before {@code decidedBy}, not revoked on
     * that day, and earned under a criteria set (national or a provincial overlay) of the period {@code from}–{@code to}:
     * an NTM recognition of 2021–2025 does not complete a 2026–2030 task.
     */
    public long holding(long provinceId, LocalDate unitsDate, LocalDate decidedBy, List<Level> levels, int from, int to) {
        String sql = """
                SELECT count(*) FILTER (WHERE EXISTS (
                    SELECT 1 FROM recognition r
                    WHERE r.unit_id = c.id AND r.level = ANY (?) AND r.decision_date <= ? AND (r.revoked_on IS NULL OR r.revoked_on > ?)
                      AND EXISTS (SELECT 1 FROM criteria_set s WHERE s.code = r.criteria_set_code AND s.period_from = ? AND s.period_to = ?)))
                FROM commune c
                WHERE c.province_id = ? AND c.type = 'XA' AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", levels.stream().map(Level::name).toArray()));
            ps.setDate(2, Date.valueOf(decidedBy));
            ps.setDate(3, Date.valueOf(decidedBy));
            ps.setInt(4, from);
            ps.setInt(5, to);
            ps.setLong(6, provinceId);
            ps.setDate(7, Date.valueOf(unitsDate));
            ps.setDate(8, Date.valueOf(unitsDate));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the communes of the completion condition", e);
        }
    }
}
