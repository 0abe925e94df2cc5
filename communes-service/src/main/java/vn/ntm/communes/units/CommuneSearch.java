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
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.Level;

/**
 * Listing and search of units in SQL: filters on indexed columns, the folded name searched through its trigram index,
 * the level held (by the unit's own decision) computed per row in the same statement, one page fetched.
 */
@ApplicationScoped
public class CommuneSearch {

    /** Filters; {@code null} means any. {@code q} matches the name without diacritics, or a code prefix when it is digits. */
    public record Filter(LocalDate date, Long provinceId, UnitType type, String q, Level level) {
    }

    /** A page of rows and the total. */
    public record Result(List<CommuneSummary> items, long total) {
    }

    private static final String FROM = " " + """
            FROM commune c JOIN province p ON p.id = c.province_id
            LEFT JOIN LATERAL (SELECT max(level_rank(r.level)) AS rank FROM recognition r
                               WHERE r.unit_id = c.id AND r.decision_date <= ? AND (r.revoked_on IS NULL OR r.revoked_on > ?)) own ON true
            LEFT JOIN merge_eligibility me ON me.unit_id = c.id
            WHERE c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to >= ?)""";
    // A unit holds a level by its own decision only (recognition or acknowledgement); merging gives none (issue 16).
    private static final String LEVEL = "own.rank";

    private final AgroalDataSource dataSource;

    CommuneSearch(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Result search(Filter f, PageQuery page) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>(List.of(f.date(), f.date(), f.date(), f.date()));
        if (f.provinceId() != null) {
            where.append(" AND c.province_id = ?");
            params.add(f.provinceId());
        }
        if (f.type() != null) {
            where.append(" AND c.type = ?");
            params.add(f.type().name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            String term = f.q().strip();
            if (term.chars().allMatch(Character::isDigit)) {
                where.append(" AND c.code LIKE ?");
                params.add(term + "%");
            } else {
                where.append(" AND c.name_folded LIKE ? ESCAPE '\\'");
                params.add(VietnameseText.likeContains(term));
            }
        }
        if (f.level() != null) {
            where.append(" AND ").append(LEVEL).append(" = ?");
            params.add(f.level().ordinal() + 1);
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + FROM + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<CommuneSummary> items = new ArrayList<>();
            String sql = "SELECT c.code, c.name, c.type, p.code AS province_code, p.name AS province_name, c.district_name, "
                    + "c.valid_from, c.valid_to, " + LEVEL + " AS level_rank, COALESCE(me.reappraisal_required AND own.rank IS NULL, false) AS reappraisal"
                    + FROM + where + " ORDER BY c.code LIMIT ? OFFSET ?";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                List<Object> all = new ArrayList<>(params);
                all.add(page.size());
                all.add(page.offset());
                bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Object rank = rs.getObject("level_rank");
                        Date to = rs.getDate("valid_to");
                        items.add(new CommuneSummary(rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("type")),
                                rs.getString("province_code"), rs.getString("province_name"), rs.getString("district_name"),
                                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                                rank == null ? null : Level.values()[((Number) rank).intValue() - 1], rs.getBoolean("reappraisal")));
                    }
                }
            }
            return new Result(items, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list units", e);
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            ps.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
        }
    }
}
