package vn.ntm.ocop.mark;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
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

/** The OCOP mark: registered uses, a violation from report to resolution, a revocation proposal, refusals and privacy. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
@QuarkusTestResource(TestTokens.class)
class MarkViolationFlowTest {

    private static final LocalDate TODAY = LegalDate.today();
    private static final String VIOLATIONS = "/api/v1/ocop/mark-violations";
    private static final String OTHER_OFFICER = TestTokens.bearer(TestTokens.token(Roles.PROVINCE_OFFICER, "31", null));
    private static final String CITIZEN = TestTokens.bearer(TestTokens.citizen("31", "11311", "HGD-11311-000045"));
    private static final String SHA = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    private static Map<String, Object> report(String productId, String kind, Integer stars) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "seenOn", TODAY.toString(), "seenAt", "Chợ Hải Dương, quầy số 14",
                "description", "Hộp vải in biểu trưng OCOP 5 sao", "reporterName", "Trần Thị Bình", "reporterContact", "0904 111 222",
                "evidence", List.of(Map.of("fileName", "anh-tran-thi-binh-chup.jpg", "sha256", SHA, "sizeBytes", 482133))));
        if (productId != null) {
            body.put("productId", productId);
        }
        if (stars != null) {
            body.put("starsShown", stars);
        }
        return body;
    }

    private static ValidatableResponse post(String path, String etag, Object body) {
        return Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", etag).body(body).post(path).then();
    }

    @Test
    void aWrongStarCountFromReportToCorrection() {
        String product = Fixtures.product(Fixtures.unique("Vải thiều Thanh Hà"), "10867");
        String uses = "/api/v1/ocop/products/" + product + "/mark-uses";
        Map<String, Object> use = Map.of("kind", "PACKAGING", "description", "Hộp carton 5 kg in biểu trưng OCOP 4 sao", "usedFrom", TODAY.toString());
        // no certificate yet: the mark may not be used
        Fixtures.asOfficer().contentType(ContentType.JSON).body(use).post(uses).then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("productId"));
        String certificate = Fixtures.certify(product, TODAY.minusDays(20), "80.00");
        String subject = Fixtures.asOfficer().get("/api/v1/ocop/products/" + product).then().extract().path("subject.id");

        // the producer registers its own use; another producer may not; an unknown kind names the field
        given().header("Authorization", Fixtures.subjectToken(subject)).contentType(ContentType.JSON).body(use).post(uses).then()
                .statusCode(201).body("certificate", equalTo(certificate)).body("stars", equalTo(4));
        given().header("Authorization", Fixtures.subjectToken(java.util.UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(use).post(uses).then().statusCode(403);
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Map.of("kind", "BILLBOARD", "description", "Biển quảng cáo", "usedFrom", TODAY.toString()))
                .post(uses).then().statusCode(422).body("errors[0].field", equalTo("kind"));
        given().get(uses).then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].kind", equalTo("PACKAGING"));

        // bad reports: unknown kind, stars missing, stars that are the certified ones, another province's officer
        Fixtures.asOfficer().contentType(ContentType.JSON).body(report(product, "FAKE", 5)).post(VIOLATIONS).then().statusCode(422)
                .body("errors[0].field", equalTo("kind"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(report(product, "WRONG_STARS", null)).post(VIOLATIONS).then().statusCode(422)
                .body("errors[0].field", equalTo("starsShown"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(report(product, "WRONG_STARS", 4)).post(VIOLATIONS).then().statusCode(422)
                .body("errors[0].field", equalTo("starsShown"));
        given().header("Authorization", OTHER_OFFICER).contentType(ContentType.JSON).body(report(product, "WRONG_STARS", 5)).post(VIOLATIONS)
                .then().statusCode(403).contentType("application/problem+json");

        // a citizen of another province reports what was seen in Hải Dương
        String id = given().header("Authorization", CITIZEN).contentType(ContentType.JSON).body(report(product, "WRONG_STARS", 5))
                .post(VIOLATIONS).then().statusCode(201).body("state", equalTo("REPORTED")).body("provinceCode", equalTo("30"))
                .body("evidence[0].sha256", equalTo(SHA)).extract().path("id");
        String path = VIOLATIONS + "/" + id;

        // the public never sees the reporter, nor the evidence's file names; the handling province does
        String publicAnswer = given().get(path).then().statusCode(200).header("ETag", "\"0\"").extract().asString();
        assertThat(publicAnswer).doesNotContain("Trần Thị Bình").doesNotContain("0904").doesNotContain("anh-tran-thi-binh").doesNotContain("reportedBy");
        Fixtures.asOfficer().get(path + "/reporter").then().statusCode(200).body("reporterName", equalTo("Trần Thị Bình"))
                .body("evidence[0].fileName", equalTo("anh-tran-thi-binh-chup.jpg"));
        given().header("Authorization", OTHER_OFFICER).get(path + "/reporter").then().statusCode(403);
        given().header("Authorization", CITIZEN).get(path + "/reporter").then().statusCode(403);

        // the province's work list holds it while open; another province's officer lists only its own
        Fixtures.asOfficer().get(VIOLATIONS + "?province=30&size=200").then().statusCode(200).body("items.id", hasItem(id));
        given().header("Authorization", OTHER_OFFICER).get(VIOLATIONS + "?province=30").then().statusCode(403);
        given().header("Authorization", OTHER_OFFICER).get(VIOLATIONS).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(id)));

        // handling: resolution before review is out of order, If-Match is required and checked, another province is refused
        Map<String, Object> correction = Map.of("action", "CORRECTION", "note", "Cơ sở cam kết thu hồi 300 hộp in sai hạng sao");
        post(path + "/resolution", "\"0\"", correction).statusCode(409).body("type", equalTo("https://ntm.example/problems/invalid-transition"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Map.of()).post(path + "/review").then().statusCode(428);
        given().header("Authorization", OTHER_OFFICER).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .post(path + "/review").then().statusCode(403);
        post(path + "/review", "\"5\"", Map.of()).statusCode(412);
        post(path + "/review", "\"0\"", Map.of("note", "Giao Phòng Phát triển nông thôn xác minh")).statusCode(200)
                .body("state", equalTo("UNDER_REVIEW")).header("ETag", "\"1\"");
        post(path + "/review", "\"1\"", Map.of()).statusCode(409);
        post(path + "/resolution", "\"1\"", Map.of("action", "FINE", "note", "Phạt")).statusCode(422).body("errors[0].field", equalTo("action"));
        post(path + "/resolution", "\"1\"", Map.of("action", "REVOCATION_PROPOSAL", "note", "Tái phạm")).statusCode(422)
                .body("errors[0].field", equalTo("revocationReason"));
        post(path + "/resolution", "\"1\"", correction).statusCode(200).body("state", equalTo("RESOLVED"))
                .body("action", equalTo("CORRECTION")).body("resolvedOn", equalTo(TODAY.toString()));
        given().get("/api/v1/ocop/certificates/" + certificate).then().statusCode(200).body("state", equalTo("ACTIVE"));
        Fixtures.asOfficer().get(VIOLATIONS + "?province=30").then().statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem(id)));
        Fixtures.asOfficer().get(VIOLATIONS + "?state=RESOLVED&size=200").then().statusCode(200).body("items.id", hasItem(id));

        Fixtures.asAdmin().get(path + "/audit").then().statusCode(200).body("items.status", hasItems(200, 409, 412, 428))
                .body("items.path", hasItem(path + "/resolution"));
        given().get("/api/v1/ocop/mark-rules").then().statusCode(200).body("actions.code", hasItem("REVOCATION_PROPOSAL"))
                .body("violationKinds.find { it.code == 'WRONG_STARS' }.needsStars", equalTo(true))
                .body("useKinds.code", hasItems("PACKAGING", "LABEL", "SALES_CHANNEL", "ADVERTISING"));
    }

    @Test
    void aRevocationProposalRevokesThroughTheCertificateRevocation() {
        String product = Fixtures.product(Fixtures.unique("Bánh gai Ninh Giang"), "10867");
        String certificate = Fixtures.certify(product, TODAY.minusDays(20), "80.00");
        String id = Fixtures.asOfficer().contentType(ContentType.JSON).body(report(product, "UNREGISTERED_USE", null)).post(VIOLATIONS)
                .then().statusCode(201).extract().path("id");
        String path = VIOLATIONS + "/" + id;
        post(path + "/review", "\"0\"", Map.of()).statusCode(200);
        post(path + "/resolution", "\"1\"", Map.of("action", "REVOCATION_PROPOSAL", "note", "Tái phạm sau cảnh cáo",
                "revocationReason", "QUALITY_OR_PACKAGING_CHANGED", "decisionNumber", "312/QĐ-UBND")).statusCode(200)
                .body("revokedCertificate", equalTo(certificate)).body("action", equalTo("REVOCATION_PROPOSAL"));
        given().get("/api/v1/ocop/certificates/" + certificate).then().statusCode(200).body("state", equalTo("REVOKED"))
                .body("revocationReason", equalTo("QUALITY_OR_PACKAGING_CHANGED"));

        // a product that never entered the programme: named, with the province that handles it; nothing to revoke
        Map<String, Object> unregistered = report(null, "NO_CERTIFICATE", null);
        Fixtures.asOfficer().contentType(ContentType.JSON).body(unregistered).post(VIOLATIONS).then().statusCode(422)
                .body("errors.field", hasItems("productName", "provinceCode"));
        unregistered.put("productName", "Bánh gai Ninh Giang đặc biệt");
        unregistered.put("provinceCode", "30");
        String other = Fixtures.asOfficer().contentType(ContentType.JSON).body(unregistered).post(VIOLATIONS).then().statusCode(201)
                .body("productId", equalTo(null)).extract().path("id");
        post(VIOLATIONS + "/" + other + "/review", "\"0\"", Map.of()).statusCode(200);
        post(VIOLATIONS + "/" + other + "/resolution", "\"1\"", Map.of("action", "REVOCATION_PROPOSAL", "note", "Đề nghị thu hồi",
                "revocationReason", "OTHER")).statusCode(422).body("errors[0].field", equalTo("action"));
        post(VIOLATIONS + "/" + other + "/resolution", "\"1\"", Map.of("action", "REFERRAL", "note", "Chuyển Quản lý thị trường tỉnh Hải Dương"))
                .statusCode(200).body("state", equalTo("RESOLVED"));
    }
}
