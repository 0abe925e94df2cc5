package vn.ntm.communes.targets;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-province counts of the national roll-up in one statement: every province existing on {@code unitsDate}, its
 * rural communes (XA) on that day, and how many hold each level (same rules as {@link ProgressQueries#count}).
 */
@ApplicationScoped
public class NationalProgressQueries {

    /** One province's line. */
    public record ProvinceCounts(String code, String name, ProgressQueries.Counts counts) {
    }

    private final AgroalDataSource dataSource;

    NationalProgressQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<ProvinceCounts> count(LocalDate unitsDate, LocalDate decidedBy, int maxYear) {
        // LEFT JOIN so that a province without rural communes still shows, with 0: count(h.id), not count(*)
        String sql = """
                WITH prov AS (
                    SELECT p.id, p.code, p.name FROM province p
                    WHERE p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to >= ?)),
                units AS (
                    SELECT c.id, c.province_id FROM commune c JOIN prov p ON p.id = c.province_id
                    WHERE c.type = 'XA' AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)),
                held AS (
                    SELECT u.id, u.province_id,
                """ + ProgressQueries.HELD + """

                    FROM units u)
                SELECT p.code, p.name, count(h.id), count(h.id) FILTER (WHERE h.rank >= 1 OR h.modern),
                       count(h.id) FILTER (WHERE h.rank >= 2), count(h.id) FILTER (WHERE h.rank >= 3),
                       count(h.id) FILTER (WHERE h.modern)
                FROM prov p LEFT JOIN held h ON h.province_id = p.id
                GROUP BY p.code, p.name ORDER BY p.code""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= 4; i++) {
                ps.setDate(i, Date.valueOf(unitsDate));
            }
            ProgressQueries.bindHeld(ps, 5, decidedBy, maxYear);
            List<ProvinceCounts> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ProvinceCounts(rs.getString(1), rs.getString(2), ProgressQueries.counts(rs, 3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count national progress", e);
        }
    }
}
