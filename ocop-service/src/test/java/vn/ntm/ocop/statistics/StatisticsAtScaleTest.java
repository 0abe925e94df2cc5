package vn.ntm.ocop.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.ocop.support.CommunesWireMock;

/**
 * A province with 20,000 certified products (Hà Giang, code 02, real commune codes), loaded by SQL. The statistics
 * must match an independent count done here in Java, and come from SQL aggregates (the plans are logged; the commune
 * summary must use an index).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
class StatisticsAtScaleTest {

    private static final Logger LOG = Logger.getLogger(StatisticsAtScaleTest.class);
    static final int PRODUCTS = 20_000;
    static final String PROVINCE = "02";
    static final String[] COMMUNES = {"00688", "00691", "00692", "00694", "00697", "00700", "00946", "00949", "00712", "00715",
        "00718", "00721", "00724", "00727", "00730", "00733", "00736", "00739", "00742", "00745"};
    static final String[] GROUPS = {"FOOD", "BEVERAGES", "MEDICINAL_HERBS", "HANDICRAFTS", "ORNAMENTAL_PLANTS_ANIMALS", "COMMUNITY_ECO_TOURISM"};
    static final String[] SUBGROUPS = {"FRESH_PRODUCE", "SOFT_OTHER", "HERBAL_OILS_OTHER", "HANDICRAFT_DECORATION", "ORNAMENTAL_PLANTS",
        "TOURISM_COMMUNITY_ECO"};
    static final String[] TYPES = {"COOPERATIVE", "ENTERPRISE", "HOUSEHOLD_BUSINESS", "COOPERATIVE_GROUP"};
    static final LocalDate FIRST_ISSUE = LocalDate.of(2022, 9, 1);
    static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void statisticsOfAProvinceWith20000ProductsMatchAnIndependentCount() throws Exception {
        load();
        Expected expected = expected(AS_OF);

        JsonPath stats = given().queryParam("province", PROVINCE).queryParam("asOf", AS_OF.toString())
                .queryParam("from", FROM.toString()).queryParam("to", TO.toString())
                .get("/api/v1/ocop/statistics").then().statusCode(200).extract().jsonPath();
        assertThat(stats.getLong("activeProducts")).isEqualTo(expected.active);
        assertThat(longs(stats.getMap("byStars"))).isEqualTo(expected.byStars);
        assertThat(longs(stats.getMap("byGroup"))).isEqualTo(expected.byGroup);
        assertThat(longs(stats.getMap("bySubjectType"))).isEqualTo(expected.byType);
        assertThat(stats.getLong("period.newlyCertified")).isEqualTo(expected.newly);
        assertThat(stats.getLong("period.reEvaluated")).isZero();
        assertThat(stats.getLong("period.expired")).isEqualTo(expected.expired);
        assertThat(stats.getLong("period.revoked")).isEqualTo(expected.revoked);
        assertThat(expected.active).isBetween(10_000L, 20_000L);
        assertThat(expected.expired).isPositive();

        JsonPath commune = given().queryParam("asOf", AS_OF.toString()).get("/api/v1/ocop/communes/" + COMMUNES[3] + "/summary")
                .then().statusCode(200).extract().jsonPath();
        assertThat(commune.getLong("activeProducts")).isEqualTo(expected.byCommune.get(COMMUNES[3]));

        // the product listing counts with the same rule, for today
        LocalDate today = LegalDate.today();
        long fiveToday = expected(today).byStars.get("5");
        given().queryParam("province", PROVINCE).queryParam("stars", 5).queryParam("size", 1).get("/api/v1/ocop/products")
                .then().statusCode(200).body("totalItems", org.hamcrest.Matchers.equalTo((int) fiveToday));

        String asOf = "DATE '" + AS_OF + "'";
        String summaryPlan = explain("SELECT c.stars, count(DISTINCT c.product_id) FROM ocop_certificate c WHERE c.commune_code = '"
                + COMMUNES[3] + "' AND " + StatisticsService.IN_FORCE.replace(":asOf", asOf) + " GROUP BY c.stars");
        String provincePlan = explain("SELECT c.stars, p.product_group, s.subject_type, count(DISTINCT c.product_id)"
                + " FROM ocop_certificate c JOIN ocop_product p ON p.id = c.product_id JOIN ocop_subject s ON s.id = p.subject_id"
                + " WHERE c.province_code = '" + PROVINCE + "' AND " + StatisticsService.IN_FORCE.replace(":asOf", asOf)
                + " GROUP BY GROUPING SETS ((c.stars), (p.product_group), (s.subject_type), ())");
        String periodPlan = explain("SELECT count(*) FILTER (WHERE c.revoked_on BETWEEN DATE '2025-06-01' AND DATE '2025-06-30')"
                + " FROM ocop_certificate c WHERE c.province_code = '" + PROVINCE + "' AND (c.issued_on BETWEEN DATE '2025-06-01' AND DATE '2025-06-30'"
                + " OR c.valid_until BETWEEN DATE '2025-05-31' AND DATE '2025-06-29' OR c.revoked_on BETWEEN DATE '2025-06-01' AND DATE '2025-06-30')");
        LOG.infof("Commune summary plan:%n%s", summaryPlan);
        LOG.infof("Province in-force plan (20,000 products, nearly all rows of the table: a sequential scan is the right plan):%n%s", provincePlan);
        LOG.infof("Province one-month movements plan:%n%s", periodPlan);
        assertThat(summaryPlan).contains("ocop_certificate_commune");
        assertThat(periodPlan).containsAnyOf("ocop_certificate_province_issued", "ocop_certificate_province_valid");
    }

    record Expected(long active, Map<String, Long> byStars, Map<String, Long> byGroup, Map<String, Long> byType,
                    Map<String, Long> byCommune, long newly, long expired, long revoked) {
    }

    /** The same data rules as the SQL below, counted one product at a time. */
    static Expected expected(LocalDate asOf) {
        Map<String, Long> byStars = new LinkedHashMap<>(Map.of("3", 0L, "4", 0L, "5", 0L));
        Map<String, Long> byGroup = new LinkedHashMap<>();
        for (String g : GROUPS) {
            byGroup.put(g, 0L);
        }
        Map<String, Long> byType = new LinkedHashMap<>();
        for (String t : TYPES) {
            byType.put(t, 0L);
        }
        Map<String, Long> byCommune = new LinkedHashMap<>();
        long active = 0;
        long newly = 0;
        long expired = 0;
        long revoked = 0;
        for (int g = 1; g <= PRODUCTS; g++) {
            int subject = (g - 1) / 4 + 1;
            int stars = g % 10 < 7 ? 3 : g % 10 < 9 ? 4 : 5;
            LocalDate issued = FIRST_ISSUE.plusDays(g % 1200);
            LocalDate validUntil = issued.plusMonths(36);
            LocalDate revokedOn = g % 50 == 0 ? issued.plusDays(100) : null;
            boolean inForce = !issued.isAfter(asOf) && !validUntil.isBefore(asOf) && (revokedOn == null || revokedOn.isAfter(asOf));
            if (inForce) {
                active++;
                byStars.merge(Integer.toString(stars), 1L, Long::sum);
                byGroup.merge(GROUPS[g % 6], 1L, Long::sum);
                byType.merge(TYPES[subject % 4], 1L, Long::sum);
                byCommune.merge(COMMUNES[subject % COMMUNES.length], 1L, Long::sum);
            }
            if (!issued.isBefore(FROM) && !issued.isAfter(TO)) {
                newly++;
            }
            LocalDate lapse = validUntil.plusDays(1);
            if (!lapse.isBefore(FROM) && !lapse.isAfter(TO) && (revokedOn == null || revokedOn.isAfter(validUntil))) {
                expired++;
            }
            if (revokedOn != null && !revokedOn.isBefore(FROM) && !revokedOn.isAfter(TO)) {
                revoked++;
            }
        }
        return new Expected(active, byStars, byGroup, byType, byCommune, newly, expired, revoked);
    }

    private void load() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM ocop_product WHERE province_code = '" + PROVINCE + "'")) {
                rs.next();
                if (rs.getLong(1) >= PRODUCTS) {
                    return;
                }
            }
            String communes = "ARRAY['" + String.join("','", COMMUNES) + "']";
            st.execute("INSERT INTO ocop_subject (id, name, name_folded, subject_type, commune_code, commune_name, province_code, commune_as_of,"
                    + " registration_number)"
                    + " SELECT md5('subject-' || s)::uuid, 'Hợp tác xã Hà Giang ' || s, 'hop tac xa ha giang ' || s,"
                    + " (ARRAY['" + String.join("','", TYPES) + "'])[s % 4 + 1], (" + communes + ")[s % 20 + 1], 'Xã ' || s, '" + PROVINCE + "',"
                    + " DATE '2025-05-15', 'HG-' || s FROM generate_series(1, " + PRODUCTS / 4 + ") AS s");
            st.execute("INSERT INTO ocop_product (id, name, name_folded, product_group, subgroup_code, subject_id, commune_code, commune_name,"
                    + " province_code, commune_as_of)"
                    + " SELECT md5('product-' || g)::uuid, 'Chè Shan tuyết ' || g, 'che shan tuyet ' || g,"
                    + " (ARRAY['" + String.join("','", GROUPS) + "'])[g % 6 + 1], (ARRAY['" + String.join("','", SUBGROUPS) + "'])[g % 6 + 1],"
                    + " md5('subject-' || ((g - 1) / 4 + 1))::uuid, (" + communes + ")[((g - 1) / 4 + 1) % 20 + 1], 'Xã', '" + PROVINCE + "',"
                    + " DATE '2025-05-15' FROM generate_series(1, " + PRODUCTS + ") AS g");
            String issued = "(DATE '" + FIRST_ISSUE + "' + g % 1200)";
            String stars = "(CASE WHEN g % 10 < 7 THEN 3 WHEN g % 10 < 9 THEN 4 ELSE 5 END)";
            st.execute("INSERT INTO ocop_evaluation (id, product_id, council_level, evaluation_date, rule_version, state, created_by, score_sheets,"
                    + " average_score, band_stars, mandatory_cap_stars, awarded_stars, outcome, decision_number, decision_date, issuing_body, decided_by)"
                    + " SELECT md5('evaluation-' || g)::uuid, md5('product-' || g)::uuid,"
                    + " CASE WHEN " + stars + " = 5 THEN 'CENTRAL' ELSE 'PROVINCE' END, " + issued + ","
                    + " CASE WHEN " + issued + " < DATE '2023-02-24' THEN 'QD_1048_2019' WHEN " + issued + " < DATE '2025-07-06' THEN 'QD_148_2023'"
                    + " ELSE 'QD_1489_2025' END, 'DECIDED', 'loader', 1, 50 + 20 * (" + stars + " - 3), " + stars + ", 5, " + stars + ", 'CERTIFIED',"
                    + " g || '/QĐ-UBND', " + issued + ", 'Ủy ban nhân dân tỉnh Hà Giang', 'loader' FROM generate_series(1, " + PRODUCTS + ") AS g");
            st.execute("INSERT INTO ocop_certificate (number, product_id, evaluation_id, stars, council_level, issuing_body, decision_number, issued_on,"
                    + " valid_until, kind, province_code, commune_code, commune_name, stored_state, state_changed_on, revoked_on, revocation_reason_code)"
                    + " SELECT 'OCOP-02-' || extract(year FROM " + issued + ") || '-' || lpad(g::text, 6, '0'), md5('product-' || g)::uuid,"
                    + " md5('evaluation-' || g)::uuid, " + stars + ", 'PROVINCE', 'Ủy ban nhân dân tỉnh Hà Giang', g || '/QĐ-UBND', " + issued + ","
                    + " (" + issued + " + INTERVAL '36 months')::date, 'NEW', '" + PROVINCE + "', (" + communes + ")[((g - 1) / 4 + 1) % 20 + 1],"
                    + " 'Xã', CASE WHEN g % 50 = 0 THEN 'REVOKED' ELSE 'ACTIVE' END, DATE '2026-01-01',"
                    + " CASE WHEN g % 50 = 0 THEN " + issued + " + 100 END, CASE WHEN g % 50 = 0 THEN 'OTHER' END"
                    + " FROM generate_series(1, " + PRODUCTS + ") AS g");
            st.execute("UPDATE ocop_product p SET current_certificate_id = c.id FROM ocop_certificate c WHERE c.product_id = p.id AND p.province_code = '"
                    + PROVINCE + "'");
            st.execute("UPDATE ocop_evaluation e SET certificate_id = c.id FROM ocop_certificate c WHERE c.evaluation_id = e.id AND e.created_by = 'loader'");
            st.execute("ANALYZE ocop_subject");
            st.execute("ANALYZE ocop_product");
            st.execute("ANALYZE ocop_evaluation");
            st.execute("ANALYZE ocop_certificate");
        }
    }

    private String explain(String sql) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("EXPLAIN (ANALYZE, COSTS OFF) " + sql)) {
            while (rs.next()) {
                plan.append(rs.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private static Map<String, Long> longs(Map<String, Object> map) {
        Map<String, Long> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(k, ((Number) v).longValue()));
        return result;
    }
}
