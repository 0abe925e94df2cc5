package vn.ntm.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/**
 * The dashboard's queries can be answered by index-only scans (V15). The test tables are small, so the planner would
 * rightly prefer a sequential scan: it is ruled out here to see which index the planner can use and whether it needs
 * the table's rows. The queries are the ones ContributionTotalsQuery and StatisticsQuery send.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class DashboardIndexTest {

    @Inject
    AgroalDataSource db;

    @Test
    void provincialContributionTotalsAreSummedFromTheIndex() throws SQLException {
        String plan = plan("SELECT count(*), coalesce(sum(c.amount_vnd), 0), coalesce(sum(c.land_area_m2), 0), "
                + "coalesce(sum(c.working_days), 0), coalesce(sum(c.materials_value_vnd), 0) FROM contribution c "
                + "WHERE true AND c.province_code = '38' AND c.contributed_on >= '2024-01-01' AND c.contributed_on <= '2024-12-31'");

        assertThat(plan).contains("Index Only Scan using contribution_province_totals");
    }

    @Test
    void theSurveysOfAProvinceAndYearComeFromTheIndex() throws SQLException {
        String plan = plan("SELECT count(*) FILTER (WHERE s.state = 'CLOSED'), count(*) FILTER (WHERE r.passed) "
                + "FROM survey s LEFT JOIN survey_result r ON r.survey_id = s.id WHERE true AND s.province_code = '38' AND s.year = 2024");

        assertThat(plan).contains("Index Only Scan using survey_province_year_state on survey");
    }

    private String plan(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                st.execute("SET LOCAL enable_seqscan = off");
                st.execute("SET LOCAL enable_bitmapscan = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                return plan.toString();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
