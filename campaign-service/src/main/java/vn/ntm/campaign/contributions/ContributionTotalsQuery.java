package vn.ntm.campaign.contributions;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ntm.campaign.contributions.ContributionApi.ContributionGroup;
import vn.ntm.campaign.contributions.ContributionApi.Totals;
import vn.ntm.campaign.contributions.ContributionApi.TotalsView;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;

/** Contribution totals as SQL sums, optionally grouped per commune, campaign or province (groups are paged). */
@ApplicationScoped
public class ContributionTotalsQuery {

    /** How totals may be broken down. */
    public enum GroupBy {
        COMMUNE("c.commune_code", "max(c.commune_name)", ""),
        CAMPAIGN("c.campaign_id::text", "max(k.name)", " JOIN campaign k ON k.id = c.campaign_id"),
        PROVINCE("c.province_code", "NULL", "");

        final String key;
        final String name;
        final String join;

        GroupBy(String key, String name, String join) {
            this.key = key;
            this.name = name;
            this.join = join;
        }
    }

    private static final String SUMS = "count(*), coalesce(sum(c.amount_vnd), 0), coalesce(sum(c.land_area_m2), 0), "
            + "coalesce(sum(c.working_days), 0), coalesce(sum(c.materials_value_vnd), 0)";

    @Inject
    AgroalDataSource dataSource;

    public TotalsView totals(String province, String commune, UUID campaign, LocalDate from, LocalDate to, GroupBy groupBy, PageQuery page) {
        Filter filter = new Filter(province, commune, campaign, from, to);
        try (Connection conn = dataSource.getConnection()) {
            Totals totals;
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + SUMS + " FROM contribution c" + filter.where())) {
                filter.bind(ps, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    totals = totals(rs, 1);
                }
            }
            PageResponse<ContributionGroup> groups = groupBy == null ? null : groups(conn, filter, groupBy, page);
            return new TotalsView(province, commune, campaign, from, to, totals, groupBy == null ? null : groupBy.name(), groups);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute contribution totals", e);
        }
    }

    private static PageResponse<ContributionGroup> groups(Connection conn, Filter filter, GroupBy groupBy, PageQuery page) throws SQLException {
        long count;
        try (PreparedStatement ps = conn.prepareStatement("SELECT count(DISTINCT " + groupBy.key + ") FROM contribution c" + filter.where())) {
            filter.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
            }
        }
        String sql = "SELECT " + groupBy.key + ", " + groupBy.name + ", " + SUMS + " FROM contribution c" + groupBy.join + filter.where()
                + " GROUP BY " + groupBy.key + " ORDER BY " + groupBy.key + " LIMIT ? OFFSET ?";
        List<ContributionGroup> items = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            int next = filter.bind(ps, 1);
            ps.setInt(next, page.size());
            ps.setLong(next + 1, page.offset());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(new ContributionGroup(rs.getString(1), rs.getString(2), totals(rs, 3)));
                }
            }
        }
        return PageResponse.of(items, page, count);
    }

    private static Totals totals(ResultSet rs, int first) throws SQLException {
        BigDecimal money = rs.getBigDecimal(first + 1);
        BigDecimal materials = rs.getBigDecimal(first + 4);
        return new Totals(rs.getLong(first), money, rs.getBigDecimal(first + 2), rs.getBigDecimal(first + 3), materials, money.add(materials));
    }

    /** The WHERE clause is built from constant fragments; every value is a bind parameter. */
    private record Filter(String province, String commune, UUID campaign, LocalDate from, LocalDate to) {

        String where() {
            StringBuilder sql = new StringBuilder(" WHERE true");
            if (province != null) {
                sql.append(" AND c.province_code = ?");
            }
            if (commune != null) {
                sql.append(" AND c.commune_code = ?");
            }
            if (campaign != null) {
                sql.append(" AND c.campaign_id = ?");
            }
            if (from != null) {
                sql.append(" AND c.contributed_on >= ?");
            }
            if (to != null) {
                sql.append(" AND c.contributed_on <= ?");
            }
            return sql.toString();
        }

        int bind(PreparedStatement ps, int index) throws SQLException {
            int i = index;
            if (province != null) {
                ps.setString(i++, province);
            }
            if (commune != null) {
                ps.setString(i++, commune);
            }
            if (campaign != null) {
                ps.setObject(i++, campaign);
            }
            if (from != null) {
                ps.setObject(i++, from);
            }
            if (to != null) {
                ps.setObject(i++, to);
            }
            return i;
        }
    }
}
