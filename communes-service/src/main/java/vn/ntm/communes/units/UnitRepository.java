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
import java.util.List;
import java.util.Optional;

/** Reads of single units and their lineage, by indexed SQL. Callers cache; see {@link JdbcUnitDirectory}. */
@ApplicationScoped
public class UnitRepository {

    static final String UNIT_COLUMNS = """
            c.id, c.code, c.name, c.type, p.code AS province_code, p.name AS province_name, c.region_code,
            c.valid_from, c.valid_to""";
    private static final String FROM = " FROM commune c JOIN province p ON p.id = c.province_id ";

    private final AgroalDataSource dataSource;

    UnitRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The unit carrying the code on {@code asOf}, or else the last one that carried it before (codes never overlap). */
    public Optional<UnitRef> byCode(String code, LocalDate asOf) {
        return one("SELECT " + UNIT_COLUMNS + FROM + "WHERE c.code = ? AND c.valid_from <= ? ORDER BY c.valid_from DESC LIMIT 1",
                ps -> {
                    ps.setString(1, code);
                    ps.setDate(2, Date.valueOf(asOf));
                });
    }

    /** The first unit that will carry the code after {@code date}, to explain a 404 for a date before it existed. */
    public Optional<UnitRef> firstAfter(String code, LocalDate date) {
        return one("SELECT " + UNIT_COLUMNS + FROM + "WHERE c.code = ? AND c.valid_from > ? ORDER BY c.valid_from LIMIT 1",
                ps -> {
                    ps.setString(1, code);
                    ps.setDate(2, Date.valueOf(date));
                });
    }

    public Optional<UnitRef> byId(long id) {
        return one("SELECT " + UNIT_COLUMNS + FROM + "WHERE c.id = ?", ps -> ps.setLong(1, id));
    }

    public List<Linked> successors(long unitId) {
        return many("SELECT " + UNIT_COLUMNS + ", l.kind, l.effective_date" + FROM
                + "JOIN commune_lineage l ON l.successor_id = c.id WHERE l.predecessor_id = ? ORDER BY c.code", unitId);
    }

    public List<Linked> predecessors(long unitId) {
        return many("SELECT " + UNIT_COLUMNS + ", l.kind, l.effective_date" + FROM
                + "JOIN commune_lineage l ON l.predecessor_id = c.id WHERE l.successor_id = ? ORDER BY c.code", unitId);
    }

    /** District of a pre-reform unit ({@code null}s after the reform: the district level was abolished). */
    public String[] district(long unitId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT district_code, district_name FROM commune WHERE id = ?")) {
            ps.setLong(1, unitId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : new String[2];
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read unit " + unitId, e);
        }
    }

    /** A unit on the other side of a lineage link. */
    public record Linked(UnitRef unit, String kind, LocalDate effectiveDate) {
    }

    static UnitRef map(ResultSet rs) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new UnitRef(rs.getLong("id"), rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("type")),
                rs.getString("province_code"), rs.getString("province_name"), rs.getString("region_code"),
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate());
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private Optional<UnitRef> one(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read units", e);
        }
    }

    private List<Linked> many(String sql, long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            List<Linked> units = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(new Linked(map(rs), rs.getString("kind"), rs.getDate("effective_date").toLocalDate()));
                }
            }
            return units;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read unit lineage", e);
        }
    }
}
