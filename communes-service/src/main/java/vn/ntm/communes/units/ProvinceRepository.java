package vn.ntm.communes.units;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Provinces and their lineage, by indexed SQL. */
@ApplicationScoped
public class ProvinceRepository {

    private static final String SELECT = """
            SELECT p.id, p.code, p.name, p.region_code, r.name AS region_name, p.valid_from, p.valid_to
            FROM province p LEFT JOIN region r ON r.code = p.region_code""";

    private final AgroalDataSource dataSource;

    ProvinceRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The province carrying the code on {@code asOf}, or else the last one that carried it before. */
    public Optional<ProvinceRef> byCode(String code, LocalDate asOf) {
        List<ProvinceRef> found = list(SELECT + " WHERE p.code = ? AND p.valid_from <= ? ORDER BY p.valid_from DESC LIMIT 1", code, asOf);
        return found.stream().findFirst();
    }

    public List<ProvinceRef> onDate(LocalDate asOf, int limit, long offset) {
        return list(SELECT + " WHERE p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to >= ?) ORDER BY p.code LIMIT ? OFFSET ?",
                asOf, asOf, limit, offset);
    }

    public long countOnDate(LocalDate asOf) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM province WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)")) {
            ps.setDate(1, Date.valueOf(asOf));
            ps.setDate(2, Date.valueOf(asOf));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count provinces", e);
        }
    }

    public List<ProvinceRef> successors(long id) {
        return list(SELECT + " JOIN province_lineage l ON l.successor_id = p.id WHERE l.predecessor_id = ? ORDER BY p.code", id);
    }

    public List<ProvinceRef> predecessors(long id) {
        return list(SELECT + " JOIN province_lineage l ON l.predecessor_id = p.id WHERE l.successor_id = ? ORDER BY p.code", id);
    }

    /** Units of the province existing on {@code date}, by type (in UnitType order). */
    public Map<UnitType, Long> unitCounts(long provinceId, LocalDate date) {
        Map<UnitType, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT type, count(*) FROM commune
                WHERE province_id = ? AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) GROUP BY type""")) {
            ps.setLong(1, provinceId);
            ps.setDate(2, Date.valueOf(date));
            ps.setDate(3, Date.valueOf(date));
            Map<UnitType, Long> found = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(UnitType.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            for (UnitType type : UnitType.values()) {
                if (found.containsKey(type)) {
                    counts.put(type, found.get(type));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count units", e);
        }
    }

    private List<ProvinceRef> list(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                ps.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
            }
            List<ProvinceRef> provinces = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date to = rs.getDate("valid_to");
                    provinces.add(new ProvinceRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("region_code"),
                            rs.getString("region_name"), rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate()));
                }
            }
            return provinces;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read provinces", e);
        }
    }
}
