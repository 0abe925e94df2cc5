package vn.ntm.ocop.inspection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.ocop.support.CommunesWireMock;
import vn.ntm.ocop.support.Fixtures;

/** A province's annual inspection: plan, compliant, warning lapsing into a revocation, refusals, public status, work lists. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
@QuarkusTestResource(TestTokens.class)
class InspectionFlowTest {

    private static final LocalDate TODAY = LegalDate.today();
    private static final String PLANS = "/api/v1/ocop/inspection-plans";
    private static final String INSPECTIONS = "/api/v1/ocop/inspections/";
    private static final String OTHER_OFFICER = TestTokens.bearer(TestTokens.token(Roles.PROVINCE_OFFICER, "31", null));

    private static Map<String, Object> outcome(String outcome, LocalDate deadline, List<Map<String, Object>> findings) {
        Map<String, Object> body = new HashMap<>(Map.of("inspectedOn", TODAY.toString(), "inspector", "Đoàn kiểm tra Sở NN&PTNT Hải Dương",
                "outcome", outcome, "findings", findings));
        if (deadline != null) {
            body.put("remedyDeadline", deadline.toString());
        }
        return body;
    }

    private static List<Map<String, Object>> findings(boolean labelOk) {
        return List.of(Map.of("item", "LABEL_AND_MARK", "compliant", labelOk, "note", labelOk ? "Đúng hạng sao" : "Tem in 5 sao, sản phẩm 4 sao"),
                Map.of("item", "QUALITY_AS_RATED", "compliant", true));
    }

    private static io.restassured.response.ValidatableResponse post(String path, String etag, Map<String, Object> body) {
        return Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", etag).body(body).post(path).then();
    }

    @Test
    void aYearOfInspectionsFromPlanToRevocation() {
        String compliant = Fixtures.certify(Fixtures.product(Fixtures.unique("Vải thiều Thanh Hà"), "10867"), TODAY.minusDays(20), "80.00");
        String warned = Fixtures.certify(Fixtures.product(Fixtures.unique("Bánh gai Ninh Giang"), "10867"), TODAY.minusDays(20), "80.00");
        int year = TODAY.getYear();

        // refusals before any plan exists: another province's officer, a year the certificate is not in force, unknown certificate
        given().header("Authorization", OTHER_OFFICER).contentType(ContentType.JSON)
                .body(Map.of("provinceCode", "30", "year", year, "certificates", List.of(compliant))).post(PLANS)
                .then().statusCode(403).contentType("application/problem+json");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Map.of("provinceCode", "30", "year", year + 4, "certificates", List.of(compliant)))
                .post(PLANS).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].message", containsString("not in force on any day of " + (year + 4)));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Map.of("provinceCode", "30", "year", year, "certificates", List.of("OCOP-30-2019-999999")))
                .post(PLANS).then().statusCode(404).contentType("application/problem+json");

        JsonPath plan = Fixtures.asOfficer().contentType(ContentType.JSON)
                .body(Map.of("provinceCode", "30", "year", year, "certificates", List.of(compliant, warned))).post(PLANS)
                .then().statusCode(201).extract().jsonPath();
        assertThat(plan.getList("inspections.outcome")).containsOnlyNulls();
        String first = plan.getString("inspections.find { it.certificate == '" + compliant + "' }.id");
        String second = plan.getString("inspections.find { it.certificate == '" + warned + "' }.id");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Map.of("provinceCode", "30", "year", year, "certificates", List.of(compliant)))
                .post(PLANS).then().statusCode(409);
        Fixtures.asOfficer().queryParam("year", year).get("/api/v1/ocop/inspection-work-lists/due").then().statusCode(200)
                .body("items.id", hasItem(first)).body("items.id", hasItem(second));

        // bad outcomes: no findings, unknown item, warning without deadline, deadline in the past, no If-Match, another province
        post(INSPECTIONS + first + "/outcome", "\"0\"", outcome("COMPLIANT", null, List.of())).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("findings"));
        post(INSPECTIONS + first + "/outcome", "\"0\"", outcome("COMPLIANT", null, List.of(Map.of("item", "COLOUR", "compliant", true))))
                .statusCode(422).body("errors[0].field", equalTo("findings[0].item"));
        post(INSPECTIONS + first + "/outcome", "\"0\"", outcome("WARNING", null, findings(false))).statusCode(422)
                .body("errors[0].field", equalTo("remedyDeadline"));
        post(INSPECTIONS + first + "/outcome", "\"0\"", outcome("WARNING", TODAY.minusDays(1), findings(false))).statusCode(422)
                .body("errors[0].field", equalTo("remedyDeadline"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(outcome("COMPLIANT", null, findings(true))).post(INSPECTIONS + first + "/outcome")
                .then().statusCode(428);
        given().header("Authorization", OTHER_OFFICER).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(outcome("COMPLIANT", null, findings(true))).post(INSPECTIONS + first + "/outcome").then().statusCode(404);
        post(INSPECTIONS + first + "/outcome", "\"7\"", outcome("COMPLIANT", null, findings(true))).statusCode(412);

        // compliant: the public sees the year and the outcome, never the inspector
        post(INSPECTIONS + first + "/outcome", "\"0\"", outcome("COMPLIANT", null, findings(true))).statusCode(200)
                .body("outcome", equalTo("COMPLIANT")).body("findings.size()", equalTo(2));
        String publicAnswer = given().get("/api/v1/ocop/certificates/" + compliant).then().statusCode(200)
                .body("lastInspection.year", equalTo(year)).body("lastInspection.outcome", equalTo("COMPLIANT"))
                .body("lastInspection.summary", equalTo("inspected " + year + ", compliant")).extract().asString();
        assertThat(publicAnswer).doesNotContain("Đoàn kiểm tra").doesNotContain("inspector").doesNotContain("findings");
        post(INSPECTIONS + first + "/outcome", "\"1\"", outcome("COMPLIANT", null, findings(true))).statusCode(409);

        // warning, then a follow-up that finds it unremedied: the proposal revokes through the certificate revocation
        post(INSPECTIONS + second + "/outcome", "\"0\"", outcome("WARNING", TODAY.plusDays(30), findings(false))).statusCode(200)
                .body("outcome", equalTo("WARNING")).body("remedyDeadline", equalTo(TODAY.plusDays(30).toString()));
        Fixtures.asOfficer().get("/api/v1/ocop/inspection-work-lists/due?year=" + year).then().statusCode(200).body("items.id", not(hasItem(second)));
        Map<String, Object> lapse = outcome("PROPOSE_REVOCATION", null, findings(false));
        post(INSPECTIONS + second + "/follow-up", "\"1\"", lapse).statusCode(422).body("errors[0].field", equalTo("revocationReason"));
        lapse.put("revocationReason", "QUALITY_OR_PACKAGING_CHANGED");
        lapse.put("decisionNumber", "245/QĐ-UBND");
        String followUp = post(INSPECTIONS + second + "/follow-up", "\"1\"", lapse).statusCode(201)
                .body("followUpOf", equalTo(second)).body("outcome", equalTo("PROPOSE_REVOCATION")).extract().path("id");
        Fixtures.asOfficer().get(INSPECTIONS + second).then().statusCode(200).body("closedBy", equalTo(followUp));
        given().get("/api/v1/ocop/certificates/" + warned).then().statusCode(200).body("state", equalTo("REVOKED"))
                .body("revocationReason", equalTo("QUALITY_OR_PACKAGING_CHANGED"))
                .body("lastInspection.summary", equalTo("inspected " + year + ", propose revocation"));
        post(INSPECTIONS + second + "/follow-up", Fixtures.etag(INSPECTIONS + second), lapse).statusCode(409);

        // the audit trail holds the writes against the inspection
        Fixtures.asAdmin().get(INSPECTIONS + second + "/audit").then().statusCode(200).body("items.status", org.hamcrest.Matchers.hasItems(200, 409));
        given().get("/api/v1/ocop/inspection-items").then().statusCode(200).body("code", hasItem("LABEL_AND_MARK"))
                .body("find { it.code == 'LABEL_AND_MARK' }.legalSource", not(nullValue()));
    }
}
