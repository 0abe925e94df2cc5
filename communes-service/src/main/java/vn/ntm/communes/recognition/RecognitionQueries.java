package vn.ntm.communes.recognition;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.communes.Level;

/** Listings of recognitions in SQL, joined with the unit that earned each one. */
@ApplicationScoped
public class RecognitionQueries {

    /** Filters of the registry listing; {@code null} means any. */
    public record Filter(Long unitId, String provinceCode, Level level, Integer year, String status) {
    }

    private static final String COLUMNS = """
            SELECT r.id, c.code, c.name, c.valid_from, c.valid_to, p.code AS province_code, p.name AS province_name, r.level,
                   r.criteria_set_code, r.recognition_year, r.decision_number, r.decision_date, r.signer, r.outstanding_field,
                   r.dossier_id, r.note, r.revoked_on, r.revocation_decision_number, r.revocation_reason, r.revocation_recorded_by,
                   r.revocation_recorded_at, r.recorded_by, r.recorded_at, r.kind, r.override_reason,
                   (SELECT string_agg(b.recognition_id::text, ',' ORDER BY b.recognition_id) FROM acknowledgement_basis b
                    WHERE b.acknowledgement_id = r.id) AS acknowledges
            FROM recognition r JOIN commune c ON c.id = r.unit_id JOIN province p ON p.id = c.province_id""";
    private static final String ORDER = " ORDER BY r.decision_date DESC, c.code, level_rank(r.level) DESC, r.id";

    private final AgroalDataSource dataSource;

    RecognitionQueries(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public PageResponse<RecognitionView> page(Filter filter, PageQuery page) {
        Where where = where(filter);
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM recognition r JOIN commune c ON c.id = r.unit_id "
                    + "JOIN province p ON p.id = c.province_id" + where.sql)) {
                where.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<RecognitionView> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + where.sql + ORDER + " LIMIT ? OFFSET ?")) {
                int next = where.bind(ps, 1);
                ps.setInt(next, page.size());
                ps.setLong(next + 1, page.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(map(rs));
                    }
                }
            }
            return PageResponse.of(items, page, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list recognitions", e);
        }
    }

    /** Every row of the filter, up to {@code limit + 1} so the caller can tell the limit was passed. */
    public List<RecognitionView> all(Filter filter, int limit) {
        Where where = where(filter);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(COLUMNS + where.sql + ORDER + " LIMIT ?")) {
            int next = where.bind(ps, 1);
            ps.setInt(next, limit + 1);
            List<RecognitionView> items = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(map(rs));
                }
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list recognitions", e);
        }
    }

    public RecognitionView one(UUID id) {
        Where where = new Where(" WHERE r.id = ?", List.of(id));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(COLUMNS + where.sql)) {
            where.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? map(rs) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read recognition " + id, e);
        }
    }

    private record Where(String sql, List<Object> values) {
        int bind(PreparedStatement ps, int first) throws SQLException {
            int i = first;
            for (Object v : values) {
                ps.setObject(i++, v);
            }
            return i;
        }
    }

    private static Where where(Filter f) {
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        if (f.unitId() != null) {
            sql.append(" AND r.unit_id = ?");
            values.add(f.unitId());
        }
        if (f.provinceCode() != null) {
            sql.append(" AND p.code = ?");
            values.add(f.provinceCode());
        }
        if (f.level() != null) {
            sql.append(" AND r.level = ?");
            values.add(f.level().name());
        }
        if (f.year() != null) {
            sql.append(" AND r.recognition_year = ?");
            values.add(f.year());
        }
        if ("IN_FORCE".equals(f.status())) {
            sql.append(" AND r.revoked_on IS NULL");
        } else if ("REVOKED".equals(f.status())) {
            sql.append(" AND r.revoked_on IS NOT NULL");
        }
        return new Where(sql.isEmpty() ? "" : " WHERE" + sql.substring(4), values);
    }

    private static RecognitionView map(ResultSet rs) throws SQLException {
        Date revokedOn = rs.getDate("revoked_on");
        RecognitionView.Revocation revocation = revokedOn == null ? null : new RecognitionView.Revocation(
                rs.getString("revocation_decision_number"), revokedOn.toLocalDate(), rs.getString("revocation_reason"),
                rs.getString("revocation_recorded_by"), instant(rs.getTimestamp("revocation_recorded_at")));
        String dossier = rs.getString("dossier_id");
        return new RecognitionView(UUID.fromString(rs.getString("id")), rs.getString("code"), rs.getString("name"),
                date(rs.getDate("valid_from")), date(rs.getDate("valid_to")), rs.getString("province_code"), rs.getString("province_name"),
                Level.valueOf(rs.getString("level")), rs.getString("criteria_set_code"), rs.getInt("recognition_year"),
                rs.getString("decision_number"), date(rs.getDate("decision_date")), rs.getString("signer"),
                rs.getString("outstanding_field"), dossier == null ? null : UUID.fromString(dossier), rs.getString("note"),
                revokedOn == null ? "IN_FORCE" : "REVOKED", revocation, rs.getString("recorded_by"),
                instant(rs.getTimestamp("recorded_at")), rs.getString("kind"), ids(rs.getString("acknowledges")),
                rs.getString("override_reason"));
    }

    private static List<UUID> ids(String joined) {
        return joined == null ? null : java.util.Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
