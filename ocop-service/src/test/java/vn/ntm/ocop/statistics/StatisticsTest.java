package vn.ntm.ocop.statistics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.ocop.support.CommunesWireMock;
import vn.ntm.ocop.support.Fixtures;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
@QuarkusTestResource(TestTokens.class)
class StatisticsTest {

    private static final LocalDate TODAY = LegalDate.today();
    /** Xã An Bình (Nam Sách): no other test class certifies products there. */
    private static final String COMMUNE = "10630";

    @Test
    void theCommuneSummaryCountsProductsInForceByStars() {
        String three = Fixtures.product(Fixtures.unique("Rau cải bắp An Bình"), COMMUNE);
        String fourThenFive = Fixtures.product(Fixtures.unique("Bánh đậu xanh An Bình"), COMMUNE);
        String revoked = Fixtures.product(Fixtures.unique("Gạo An Bình"), COMMUNE);
        String expired = Fixtures.product(Fixtures.unique("Mật ong An Bình"), COMMUNE);
        Fixtures.certify(three, TODAY.minusDays(20), "60.00");
        Fixtures.certify(expired, TODAY.minusMonths(36).minusDays(2), "75.00");
        String toRevoke = Fixtures.certify(revoked, TODAY.minusDays(20), "75.00");
        String province = Fixtures.evaluation(fourThenFive, "PROVINCE", TODAY.minusDays(15));
        Fixtures.fileTotal(province, "member-a", "95.00");
        Fixtures.decide(province, TODAY.minusDays(15)).then().statusCode(200).body("result.proposedForStars", equalTo(5));
        String central = Fixtures.evaluation(fourThenFive, "CENTRAL", TODAY.minusDays(5));
        Fixtures.fileTotal(central, "member-b", "94.00");
        Fixtures.decide(central, TODAY.minusDays(5)).then().statusCode(200).body("result.awardedStars", equalTo(5));
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reasonCode", "PRODUCTION_SUSPENDED", "reason", "Cơ sở ngừng sản xuất", "revokedOn", TODAY.minusDays(2).toString()))
                .post("/api/v1/ocop/certificates/" + toRevoke + "/revocation").then().statusCode(200);

        given().queryParam("asOf", TODAY.toString()).get("/api/v1/ocop/communes/" + COMMUNE + "/summary").then().statusCode(200)
                .body("communeCode", equalTo(COMMUNE))
                .body("asOf", equalTo(TODAY.toString()))
                .body("activeProducts", equalTo(2))
                .body("byStars", equalTo(Map.of("3", 1, "4", 0, "5", 1)))
                .body("highestStars", equalTo(5));
        // ten days ago: the provincial 4-star certificate was in force, the revocation had not happened, nor the expiry
        given().queryParam("asOf", TODAY.minusDays(10).toString()).get("/api/v1/ocop/communes/" + COMMUNE + "/summary").then()
                .body("activeProducts", equalTo(4))
                .body("byStars", equalTo(Map.of("3", 1, "4", 3, "5", 0)))
                .body("highestStars", equalTo(4));
        given().queryParam("asOf", "2019-01-01").get("/api/v1/ocop/communes/" + COMMUNE + "/summary").then()
                .body("activeProducts", equalTo(0)).body("byStars", equalTo(Map.of("3", 0, "4", 0, "5", 0))).body("highestStars", nullValue());
        given().get("/api/v1/ocop/communes/" + COMMUNE + "/summary").then().statusCode(200).body("asOf", equalTo(TODAY.toString()));
        given().get("/api/v1/ocop/communes/1063/summary").then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().queryParam("asOf", "01/07/2025").get("/api/v1/ocop/communes/" + COMMUNE + "/summary").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void provinceStatisticsCountWhatHappenedInThePeriod() {
        Map<String, String> query = Map.of("province", "30", "asOf", TODAY.toString(), "from", TODAY.minusDays(30).toString(), "to", TODAY.toString());
        JsonPath before = given().queryParams(query).get("/api/v1/ocop/statistics").then().statusCode(200).extract().jsonPath();

        Fixtures.certify(Fixtures.product(Fixtures.unique("Vải thiều Thanh Hà"), "10867"), TODAY.minusDays(3), "80.00");
        String reEvaluated = Fixtures.product(Fixtures.unique("Vải thiều Thanh Hà"), "10867");
        Fixtures.certify(reEvaluated, TODAY.minusDays(10), "60.00");
        Fixtures.certify(reEvaluated, TODAY.minusDays(3), "80.00");
        String revoked = Fixtures.certify(Fixtures.product(Fixtures.unique("Vải thiều Thanh Hà"), "10867"), TODAY.minusDays(10), "80.00");
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reasonCode", "FOOD_SAFETY_VIOLATION", "reason", "Vi phạm an toàn thực phẩm", "revokedOn", TODAY.minusDays(1).toString()))
                .post("/api/v1/ocop/certificates/" + revoked + "/revocation").then().statusCode(200);
        Fixtures.certify(Fixtures.product(Fixtures.unique("Vải thiều Thanh Hà"), "10867"), TODAY.minusMonths(36).minusDays(5), "80.00");

        JsonPath after = given().queryParams(query).get("/api/v1/ocop/statistics").then().statusCode(200)
                .body("provinceCode", equalTo("30")).extract().jsonPath();
        assertThat(after.getLong("activeProducts") - before.getLong("activeProducts")).isEqualTo(2);
        assertThat(after.getLong("byStars.4") - before.getLong("byStars.4")).isEqualTo(2);
        assertThat(after.getLong("byStars.3") - before.getLong("byStars.3")).isZero();
        assertThat(after.getLong("byGroup.FOOD") - before.getLong("byGroup.FOOD")).isEqualTo(2);
        assertThat(after.getLong("bySubjectType.COOPERATIVE") - before.getLong("bySubjectType.COOPERATIVE")).isEqualTo(2);
        assertThat(after.getLong("period.newlyCertified") - before.getLong("period.newlyCertified")).isEqualTo(3);
        assertThat(after.getLong("period.reEvaluated") - before.getLong("period.reEvaluated")).isEqualTo(1);
        assertThat(after.getLong("period.revoked") - before.getLong("period.revoked")).isEqualTo(1);
        assertThat(after.getLong("period.expired") - before.getLong("period.expired")).isEqualTo(1);
        assertThat(after.getMap("byGroup").keySet()).containsExactly("FOOD", "BEVERAGES", "MEDICINAL_HERBS", "HANDICRAFTS",
                "ORNAMENTAL_PLANTS_ANIMALS", "COMMUNITY_ECO_TOURISM");
        long sumByStars = after.getMap("byStars").values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
        assertThat(sumByStars).isEqualTo(after.getLong("activeProducts"));

        JsonPath national = given().queryParam("asOf", TODAY.toString()).get("/api/v1/ocop/statistics").then().statusCode(200)
                .body("provinceCode", nullValue()).body("from", equalTo(TODAY.withDayOfYear(1).toString())).extract().jsonPath();
        assertThat(national.getLong("activeProducts")).isGreaterThanOrEqualTo(after.getLong("activeProducts"));
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("province", "30").queryParam("from", "2025-12-31").queryParam("to", "2025-01-01").get("/api/v1/ocop/statistics")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        given().queryParam("province", "Hải Dương").get("/api/v1/ocop/statistics").then().statusCode(400)
                .body("errors[0].field", equalTo("province"));
        given().queryParam("asOf", "2025-13-01").get("/api/v1/ocop/statistics").then().statusCode(400).contentType("application/problem+json");
    }
}
