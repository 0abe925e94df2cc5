package vn.ntm.ocop.subject;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.text.Normalizer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.ocop.support.CommunesWireMock;
import vn.ntm.ocop.support.Fixtures;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
@QuarkusTestResource(TestTokens.class)
class SubjectResourceTest {

    private static final String SUBJECTS = "/api/v1/ocop/subjects";

    @Test
    void registersWithTheCommuneAndProvinceThatCommunesServiceAnswers() {
        String name = Fixtures.unique("Công ty Cổ phần Hoàng Giang");
        // typed in decomposed form (NFD) by some keyboards: stored in NFC
        Map<String, Object> body = Fixtures.subjectBody(Normalizer.normalize(name, Normalizer.Form.NFD), "ENTERPRISE", "10516");
        Response created = Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(SUBJECTS);
        created.then().statusCode(201)
                .header("Location", startsWith("http"))
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("type", equalTo("ENTERPRISE"))
                .body("communeCode", equalTo("10516"))
                .body("communeName", equalTo("Phường Quang Trung"))
                .body("provinceCode", equalTo("30"))
                .body("communeAsOf", equalTo("2025-05-15"))
                .body("registrationNumber", nullValue())
                .body("contact", nullValue());
        String id = created.path("id");

        given().get(SUBJECTS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name)).body("$", not(org.hamcrest.Matchers.hasKey("contact")));
        Fixtures.asOfficer().get(SUBJECTS + "/" + id + "/registration").then().statusCode(200)
                .body("registrationNumber", equalTo(body.get("registrationNumber")))
                .body("contact.phone", equalTo("0912 345 678"));
    }

    @Test
    void anUnknownCommuneIsRefusedNamingTheField() {
        Map<String, Object> body = Fixtures.subjectBody(Fixtures.unique("Hợp tác xã Ma"), "COOPERATIVE", CommunesWireMock.UNKNOWN_CODE);
        Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(SUBJECTS).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/unprocessable"))
                .body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("10999"))
                .body("requestId", notNullValue());
    }

    @Test
    void anEndedCommuneIsRefusedForADateAfterItEnded() {
        Map<String, Object> body = Fixtures.subjectBody(Fixtures.unique("Hợp tác xã Tân An"), "COOPERATIVE", CommunesWireMock.ENDED_CODE);
        body.put("communeAsOf", "2025-08-01");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(SUBJECTS).then().statusCode(422)
                .body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("ended on 2025-06-30"));
        body.put("communeAsOf", "2025-06-01");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(SUBJECTS).then().statusCode(201).body("communeName", equalTo("Xã Tân An"));
    }

    @Test
    void whenCommunesServiceIsDownNothingIsWritten() {
        String name = Fixtures.unique("Hợp tác xã Tân Việt");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Fixtures.subjectBody(name, "COOPERATIVE", CommunesWireMock.DOWN_CODE))
                .post(SUBJECTS).then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/dependency-unavailable"))
                .body("context.dependency", equalTo("communes-service"));
        given().queryParam("q", name).get(SUBJECTS).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Fixtures.asOfficer().contentType(ContentType.JSON).body("{\"name\": \"Hợp tác xã\", \"type\": ").post(SUBJECTS).then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("https://ntm.example/problems/malformed-body"));
        Map<String, Object> body = Fixtures.subjectBody("Hợp tác xã", "COOPERATIVE", "123");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(SUBJECTS).then().statusCode(400)
                .body("errors.field", hasItem("communeCode"));
        body = Fixtures.subjectBody("Hợp tác xã", "COOPERATIVE_UNION", "10867");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("HOUSEHOLD_BUSINESS"));
        body = Fixtures.subjectBody("Hợp tác xã", "COOPERATIVE", "10867");
        body.put("secretField", 1);
        Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(SUBJECTS).then().statusCode(400)
                .body("errors[0].field", equalTo("secretField"));
        Fixtures.asOfficer().contentType(ContentType.JSON).post(SUBJECTS).then().statusCode(400);
        given().get(SUBJECTS + "/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
        given().get(SUBJECTS + "/7d1e2c3b-0000-4000-8000-000000000000").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("province", "3").get(SUBJECTS).then().statusCode(400).body("errors[0].field", equalTo("province"));
        given().queryParam("size", 500).get(SUBJECTS).then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void aRegistrationNumberIsRegisteredOncePerType() {
        Map<String, Object> body = Fixtures.subjectBody(Fixtures.unique("Hợp tác xã Thanh Sơn"), "COOPERATIVE", "10867");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(SUBJECTS).then().statusCode(201);
        body.put("name", Fixtures.unique("Hợp tác xã khác"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(SUBJECTS).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void editsNeedTheCurrentVersion() {
        Map<String, Object> body = Fixtures.subjectBody(Fixtures.unique("Hợp tác xã Thanh Lang"), "COOPERATIVE", "10834");
        String id = Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(SUBJECTS).then().statusCode(201).extract().path("id");
        body.put("name", Fixtures.unique("Hợp tác xã Dịch vụ Nông nghiệp Thanh Lang"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(body).put(SUBJECTS + "/" + id).then().statusCode(428)
                .body("type", equalTo("https://ntm.example/problems/version-required"));
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(body).put(SUBJECTS + "/" + id).then().statusCode(412);
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(SUBJECTS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo(body.get("name")));
        // moving to another commune asks communes-service again
        body.put("communeCode", CommunesWireMock.UNKNOWN_CODE);
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).put(SUBJECTS + "/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("communeCode"));
        body.put("communeCode", "10867");
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(body).put(SUBJECTS + "/" + id).then().statusCode(200)
                .body("communeName", equalTo("Xã Thanh Sơn"));
        Fixtures.asOfficer().header("If-Match", "\"2\"").delete(SUBJECTS + "/" + id).then().statusCode(204);
        given().get(SUBJECTS + "/" + id).then().statusCode(404);
    }

    @Test
    void aSubjectWithProductsCannotBeDeleted() {
        String subject = Fixtures.subject(Fixtures.unique("Hợp tác xã An Bình"), "10630");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Fixtures.productBody(subject, Fixtures.unique("Gạo nếp cái hoa vàng"), "FOOD", "RAW_GRAIN"))
                .post("/api/v1/ocop/products").then().statusCode(201);
        Fixtures.asOfficer().header("If-Match", "\"0\"").delete(SUBJECTS + "/" + subject).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void officialsWriteOnlyInTheirTerritoryAndCannotMoveARecordOutOfIt() {
        String thanhSon = TestTokens.bearer(TestTokens.token(Roles.COMMUNE_OFFICER, "30", "10867"));
        Map<String, Object> body = Fixtures.subjectBody(Fixtures.unique("Tổ hợp tác Vải thiều Thanh Sơn"), "COOPERATIVE_GROUP", "10867");
        String id = given().header("Authorization", thanhSon).contentType(ContentType.JSON).body(body).post(SUBJECTS).then().statusCode(201)
                .body("communeCode", equalTo("10867")).extract().path("id");
        body.put("communeCode", "10642");
        given().header("Authorization", thanhSon).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(SUBJECTS + "/" + id)
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("10642"));
        Map<String, Object> elsewhere = Fixtures.subjectBody(Fixtures.unique("Hợp tác xã Thái Tân"), "COOPERATIVE", "10642");
        given().header("Authorization", thanhSon).contentType(ContentType.JSON).body(elsewhere).post(SUBJECTS).then().statusCode(403);
        given().queryParam("q", elsewhere.get("name")).get(SUBJECTS).then().body("totalItems", equalTo(0));

        // Hải Dương's officer may not move it to Hà Giang (02) either; Hà Giang's officer does not reach it at all
        body.put("communeCode", "00688");
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(SUBJECTS + "/" + id)
                .then().statusCode(403).body("detail", containsString("02"));
        String haGiang = TestTokens.bearer(TestTokens.token(Roles.PROVINCE_OFFICER, "02", null));
        given().header("Authorization", haGiang).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(SUBJECTS + "/" + id)
                .then().statusCode(403);
        given().header("Authorization", haGiang).header("If-Match", "\"0\"").delete(SUBJECTS + "/" + id).then().statusCode(403);
        given().header("Authorization", haGiang).get(SUBJECTS + "/" + id + "/registration").then().statusCode(403);
        given().get(SUBJECTS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("communeCode", equalTo("10867"));

        given().header("Authorization", thanhSon).header("If-Match", "\"0\"").delete(SUBJECTS + "/" + id).then().statusCode(204);
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersCombine() {
        String tag = Fixtures.unique("Đồng Lạc");
        String name = "Hợp tác xã Gốm " + tag;
        Fixtures.subject(name, "10657");
        String folded = vn.ntm.common.text.VietnameseText.fold(tag);
        Response found = given().queryParam("q", "hop tac xa gom " + folded).get(SUBJECTS);
        found.then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].name", equalTo(name));
        assertThat(found.asString()).doesNotContain("0912 345 678").doesNotContain("registrationNumber");
        given().queryParam("q", folded).queryParam("province", "30").queryParam("commune", "10657").queryParam("type", "COOPERATIVE")
                .get(SUBJECTS).then().statusCode(200).body("totalItems", equalTo(1));
        given().queryParam("q", folded).queryParam("type", "ENTERPRISE").get(SUBJECTS).then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("q", folded).queryParam("province", "02").get(SUBJECTS).then().statusCode(200).body("totalItems", equalTo(0));
    }
}
