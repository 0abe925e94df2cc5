package vn.ntm.campaign.results;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.ntm.campaign.results.ResultApi.StateCounts;
import vn.ntm.campaign.results.ResultApi.Statistics;

/**
 * Survey figures for a province (or the country) and year, as SQL aggregates over surveys and frozen results.
 * The average and minimum overall rates are taken over the exact ratios, then rounded, not over the rounded rates.
 */
@ApplicationScoped
public class StatisticsQuery {

    @Inject
    AgroalDataSource dataSource;

    public Statistics statistics(String province, Integer year) {
        String where = " WHERE true" + (province == null ? "" : " AND s.province_code = ?") + (year == null ? "" : " AND s.year = ?");
        String closed = """
                SELECT count(*) FILTER (WHERE s.state = 'DRAFT'), count(*) FILTER (WHERE s.state = 'OPEN'),
                       count(*) FILTER (WHERE s.state = 'CLOSED'),
                       count(*) FILTER (WHERE r.passed), count(*) FILTER (WHERE NOT r.passed),
                       coalesce(sum(r.households_in_scope), 0), coalesce(sum(r.forms_returned), 0),
                       round(avg(r.overall_satisfied::numeric / nullif(r.forms_returned, 0)), 4),
                       round(min(r.overall_satisfied::numeric / nullif(r.forms_returned, 0)), 4)
                FROM survey s LEFT JOIN survey_result r ON r.survey_id = s.id
                """ + where;
        String open = """
                SELECT coalesce(sum(v.households), 0), coalesce(sum(f.forms), 0)
                FROM survey s
                CROSS JOIN LATERAL (SELECT sum(households_in_scope) AS households FROM survey_village WHERE survey_id = s.id) v
                CROSS JOIN LATERAL (SELECT count(*) AS forms FROM survey_response WHERE survey_id = s.id) f
                """ + where + " AND s.state = 'OPEN'";
        try (Connection conn = dataSource.getConnection()) {
            Statistics partial;
            try (PreparedStatement ps = conn.prepareStatement(closed)) {
                bind(ps, province, year);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long households = rs.getLong(6);
                    long forms = rs.getLong(7);
                    partial = new Statistics(province, year, new StateCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                            rs.getLong(4), rs.getLong(5), households, forms, share(forms, households), 0, 0, null,
                            rs.getBigDecimal(8), rs.getBigDecimal(9));
                }
            }
            try (PreparedStatement ps = conn.prepareStatement(open)) {
                bind(ps, province, year);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long households = rs.getLong(1);
                    long forms = rs.getLong(2);
                    return new Statistics(partial.provinceCode(), partial.year(), partial.surveys(), partial.passed(), partial.failed(),
                            partial.closedHouseholdsInScope(), partial.closedFormsReturned(), partial.closedCoverage(),
                            households, forms, share(forms, households), partial.averageOverallRate(), partial.minimumOverallRate());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute survey statistics", e);
        }
    }

    private static void bind(PreparedStatement ps, String province, Integer year) throws SQLException {
        int i = 1;
        if (province != null) {
            ps.setString(i++, province);
        }
        if (year != null) {
            ps.setInt(i, year);
        }
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
