package vn.ntm.ocop.product;

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
import io.restassured.response.Response;
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
class ProductResourceTest {

    private static final String PRODUCTS = "/api/v1/ocop/products";

    @Test
    void aProductIsMadeInItsSubjectsCommuneUnlessToldOtherwise() {
        String subject = Fixtures.subject(Fixtures.unique("Hợp tác xã Nông nghiệp Thanh Sơn"), "10867");
        String name = Fixtures.unique("Vải thiều Thanh Hà");
        Response created = Fixtures.asOfficer().contentType(ContentType.JSON).body(Fixtures.productBody(subject, name, "FOOD", "FRESH_PRODUCE")).post(PRODUCTS);
        created.then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name))
                .body("group", equalTo("FOOD"))
                .body("subgroupCode", equalTo("FRESH_PRODUCE"))
                .body("subject.id", equalTo(subject))
                .body("communeCode", equalTo("10867"))
                .body("communeName", equalTo("Xã Thanh Sơn"))
                .body("provinceCode", equalTo("30"))
                .body("rawMaterialArea.areaHectares", equalTo(12.5f))
                .body("certificate", nullValue());
        assertThat(created.asString()).doesNotContain("0912 345 678").doesNotContain("REG-");

        Map<String, Object> elsewhere = Fixtures.productBody(subject, Fixtures.unique("Vải thiều sấy khô"), "FOOD", "PROCESSED_PRODUCE");
        elsewhere.put("communeCode", "10813");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(elsewhere).post(PRODUCTS).then().statusCode(201)
                .body("communeName", equalTo("Thị trấn Thanh Hà"));
        elsewhere.put("name", Fixtures.unique("Vải thiều ướp lạnh"));
        elsewhere.put("communeCode", CommunesWireMock.UNKNOWN_CODE);
        Fixtures.asOfficer().contentType(ContentType.JSON).body(elsewhere).post(PRODUCTS).then().statusCode(422)
                .body("errors[0].field", equalTo("communeCode"));
        elsewhere.put("communeCode", CommunesWireMock.DOWN_CODE);
        Fixtures.asOfficer().contentType(ContentType.JSON).body(elsewhere).post(PRODUCTS).then().statusCode(503);
        given().queryParam("subject", subject).get(PRODUCTS).then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void theClassificationIsChecked() {
        String subject = Fixtures.subject(Fixtures.unique("Công ty Cổ phần Gốm Chu Đậu"), "10642");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Fixtures.productBody(subject, "Bình gốm Chu Đậu", "FOOD", "HANDICRAFT_DECORATION"))
                .post(PRODUCTS).then().statusCode(422)
                .body("errors[0].field", equalTo("subgroupCode"))
                .body("errors[0].message", containsString("belongs to group HANDICRAFTS"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Fixtures.productBody(subject, "Bình gốm Chu Đậu", "HANDICRAFTS", "POTTERY"))
                .post(PRODUCTS).then().statusCode(422).body("errors[0].field", equalTo("subgroupCode"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Fixtures.productBody(subject, "Bình gốm Chu Đậu", "CERAMICS", "HANDICRAFT_DECORATION"))
                .post(PRODUCTS).then().statusCode(400).body("errors[0].field", equalTo("group"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Fixtures.productBody("5b0e7d2a-0000-4000-8000-000000000001", "Bình gốm Chu Đậu", "HANDICRAFTS",
                "HANDICRAFT_DECORATION")).post(PRODUCTS).then().statusCode(422).body("errors[0].field", equalTo("subjectId"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Fixtures.productBody(subject, "Bình gốm Chu Đậu vẽ lam", "HANDICRAFTS", "HANDICRAFT_DECORATION"))
                .post(PRODUCTS).then().statusCode(201);
        Fixtures.asOfficer().contentType(ContentType.JSON).body(Fixtures.productBody(subject, "Binh gom Chu Dau ve lam", "HANDICRAFTS", "HANDICRAFT_DECORATION"))
                .post(PRODUCTS).then().statusCode(409).contentType("application/problem+json");
        Map<String, Object> area = Fixtures.productBody(subject, "Đĩa gốm Chu Đậu", "HANDICRAFTS", "HANDICRAFT_DECORATION");
        area.put("rawMaterialArea", Map.of("areaHectares", -1));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(area).post(PRODUCTS).then().statusCode(400)
                .body("errors[0].field", equalTo("rawMaterialArea.areaHectares"));
        area.put("rawMaterialArea", Map.of("areaHectares", "nhiều"));
        Fixtures.asOfficer().contentType(ContentType.JSON).body(area).post(PRODUCTS).then().statusCode(400)
                .body("errors[0].field", equalTo("rawMaterialArea.areaHectares"));
    }

    @Test
    void searchIgnoresDiacritics() {
        String tag = Fixtures.unique("lô");
        String name = "Vải thiều Thanh Hà " + tag;
        String id = Fixtures.product(name, "10867");
        String folded = vn.ntm.common.text.VietnameseText.fold(tag);
        given().queryParam("q", "vai thieu thanh ha " + folded).get(PRODUCTS).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].name", equalTo(name));
        given().queryParam("q", "THANH HÀ vải " + folded).get(PRODUCTS).then().statusCode(200).body("totalItems", equalTo(1));
        given().queryParam("q", "vai thieu thanh ha").queryParam("commune", "10867").queryParam("province", "30").queryParam("group", "FOOD")
                .queryParam("subgroup", "FRESH_PRODUCE").queryParam("size", 200).get(PRODUCTS).then().statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("q", folded).queryParam("group", "BEVERAGES").get(PRODUCTS).then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("q", "100%_" + folded).get(PRODUCTS).then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void starsAndCertificateStateFilterOnTheCurrentCertificate() {
        String tag = Fixtures.unique("Bánh đậu xanh Rồng Vàng");
        String certified = Fixtures.product(tag + " hộp 250g", "10516");
        String never = Fixtures.product(tag + " hộp 500g", "10516");
        Fixtures.certify(certified, LegalDate.today().minusDays(10), "80.00");
        String q = vn.ntm.common.text.VietnameseText.fold(tag);
        given().queryParam("q", q).queryParam("stars", 4).get(PRODUCTS).then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(certified))
                .body("items[0].certificate.stars", equalTo(4)).body("items[0].certificate.state", equalTo("ACTIVE"));
        given().queryParam("q", q).queryParam("stars", 3).get(PRODUCTS).then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("q", q).queryParam("certificateState", "ACTIVE").get(PRODUCTS).then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(certified)));
        given().queryParam("q", q).queryParam("certificateState", "NONE").get(PRODUCTS).then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of(never)));
        given().queryParam("q", q).queryParam("certificateState", "EXPIRED").get(PRODUCTS).then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("stars", 7).get(PRODUCTS).then().statusCode(400).body("errors[0].field", equalTo("stars"));
        given().queryParam("certificateState", "VALID").get(PRODUCTS).then().statusCode(400).contentType("application/problem+json");
        given().queryParam("group", "FOOD").queryParam("commune", "1051").get(PRODUCTS).then().statusCode(400)
                .body("errors[0].field", equalTo("commune"));
    }

    @Test
    void editsNeedTheVersionAndEvaluatedProductsAreKept() {
        String subject = Fixtures.subject(Fixtures.unique("Công ty Cổ phần Hoàng Giang"), "10516");
        Map<String, Object> body = Fixtures.productBody(subject, Fixtures.unique("Bánh đậu xanh Rồng Vàng Hoàng Gia"), "FOOD", "PROCESSED_PRODUCE");
        String id = Fixtures.asOfficer().contentType(ContentType.JSON).body(body).post(PRODUCTS).then().statusCode(201).extract().path("id");
        body.put("description", "Bánh đậu xanh truyền thống Hải Dương");
        Fixtures.asOfficer().contentType(ContentType.JSON).body(body).put(PRODUCTS + "/" + id).then().statusCode(428);
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(body).put(PRODUCTS + "/" + id).then().statusCode(412);
        Fixtures.asOfficer().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body).put(PRODUCTS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("description", equalTo("Bánh đậu xanh truyền thống Hải Dương"));
        Fixtures.evaluation(id, "PROVINCE", LegalDate.today());
        Fixtures.asOfficer().header("If-Match", "\"1\"").delete(PRODUCTS + "/" + id).then().statusCode(409);

        String unevaluated = Fixtures.asOfficer().contentType(ContentType.JSON)
                .body(Fixtures.productBody(subject, Fixtures.unique("Bánh cốm"), "FOOD", "PROCESSED_GRAIN")).post(PRODUCTS)
                .then().statusCode(201).extract().path("id");
        Fixtures.asOfficer().header("If-Match", "\"0\"").delete(PRODUCTS + "/" + unevaluated).then().statusCode(204);
        given().get(PRODUCTS + "/" + unevaluated).then().statusCode(404).body("type", equalTo("https://ntm.example/problems/not-found"));
        given().get(PRODUCTS + "/123").then().statusCode(400).body("type", not(equalTo("https://ntm.example/problems/internal")));
    }
}
