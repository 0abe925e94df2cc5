package vn.ntm.campaign.campaigns;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.provinceOfficer;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.CampaignFixtures.communesCampaign;
import static vn.ntm.campaign.testing.CampaignFixtures.contribute;
import static vn.ntm.campaign.testing.CampaignFixtures.createCampaign;
import static vn.ntm.campaign.testing.CampaignFixtures.money;
import static vn.ntm.campaign.testing.CampaignFixtures.provinceCampaign;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/** Campaigns and movements: scope checked against communes-service, versioned edits, activities, search. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class CampaignTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aProvinceWideCampaignIsCreated() {
        as(provinceOfficer("30")).contentType(ContentType.JSON)
                .body(provinceCampaign("Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh", "30", "2021-01-01", "2025-06-30"))
                .post("/api/v1/campaigns").then().statusCode(201)
                .header("Location", containsString("/api/v1/campaigns/"))
                .header("ETag", equalTo("\"0\""))
                .body("kind", equalTo("CAMPAIGN"))
                .body("scope.type", equalTo("PROVINCE"))
                .body("scope.provinceCode", equalTo("30"))
                .body("scope.communes", equalTo(null))
                .body("createdBy", equalTo("test.province_officer.30"));
    }

    @Test
    void aCampaignOverCommunesKeepsTheNamesAndProvincesTheRegistryGave() {
        as(provinceOfficer("30")).contentType(ContentType.JSON)
                .body(communesCampaign("Cả nước chung sức xây dựng nông thôn mới", List.of("10924", "10894"), "2024-01-01", "2024-12-31"))
                .post("/api/v1/campaigns").then().statusCode(201)
                .body("kind", equalTo("EMULATION_MOVEMENT"))
                .body("scope.communes.code", equalTo(List.of("10894", "10924")))
                .body("scope.communes.name", equalTo(List.of("Xã Cẩm Hưng", "Xã Lương Điền")))
                .body("scope.communes.provinceCode", equalTo(List.of("30", "30")));
    }

    @Test
    void unknownOrEndedCommunesAreNamedAndNothingIsCreated() {
        String name = "Phong trào " + UUID.randomUUID();
        as(provinceOfficer("30")).contentType(ContentType.JSON).body(communesCampaign(name, List.of("10894", "10001", "10002"), "2024-01-01", null))
                .post("/api/v1/campaigns").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("scope.communeCodes[1]", "scope.communeCodes[2]")))
                .body("errors[0].message", containsString("unknown commune code '10001'"));
        as(provinceOfficer("30")).contentType(ContentType.JSON).body(communesCampaign(name, List.of("10894"), "2026-01-01", null))
                .post("/api/v1/campaigns").then().statusCode(422)
                .body("errors[0].message", containsString("ended on 2025-06-30"));
        assertThat(Db.count(db, "SELECT count(*) FROM campaign WHERE name = ?", name)).isZero();
    }

    @Test
    void aProvinceWideCampaignNeedsAProvinceThatExistsOnItsStartDate() {
        as(provinceOfficer("99")).contentType(ContentType.JSON).body(provinceCampaign("Toàn dân đoàn kết xây dựng NTM", "99", "2024-01-01", null))
                .post("/api/v1/campaigns").then().statusCode(422)
                .body("errors[0].field", equalTo("scope.provinceCode"))
                .body("errors[0].message", containsString("unknown province code '99'"));
        as(provinceOfficer("30")).contentType(ContentType.JSON).body(provinceCampaign("Toàn dân đoàn kết xây dựng NTM", "30", "2026-01-01", null))
                .post("/api/v1/campaigns").then().statusCode(422)
                .body("errors[0].message", containsString("Tỉnh Hải Dương) ended on 2025-06-30"));
        as(provinceOfficer("31")).contentType(ContentType.JSON).body(provinceCampaign("Toàn dân đoàn kết xây dựng NTM, đô thị văn minh", "31", "2026-01-01", null))
                .post("/api/v1/campaigns").then().statusCode(201);
    }

    @Test
    void whenCommunesServiceFailsTheAnswerIs503AndNothingIsCreated() {
        CommunesServiceMock.server().stubFor(get(urlPathEqualTo("/api/v1/communes/10816")).atPriority(1).willReturn(aResponse().withStatus(503)));
        String name = "Phong trào " + UUID.randomUUID();
        as(provinceOfficer("31")).contentType(ContentType.JSON).body(communesCampaign(name, List.of("10816"), "2026-01-01", null))
                .post("/api/v1/campaigns").then().statusCode(503)
                .body("type", equalTo("https://ntm.example/problems/dependency-unavailable"));
        assertThat(Db.count(db, "SELECT count(*) FROM campaign WHERE name = ?", name)).isZero();
    }

    @Test
    void badCampaignsAreRefusedWithTheFieldNamed() {
        Map<String, Object> both = provinceCampaign("X", "30", "2024-01-01", null);
        both.put("scope", Map.of("type", "PROVINCE", "provinceCode", "30", "communeCodes", List.of("10894")));
        as(provinceOfficer("30")).contentType(ContentType.JSON).body(both).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("scope.communeCodes"));
        Map<String, Object> none = communesCampaign("X", List.of(), "2024-01-01", null);
        as(provinceOfficer("30")).contentType(ContentType.JSON).body(none).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("scope.communeCodes"));
        Map<String, Object> twice = communesCampaign("X", List.of("10894", "10894"), "2024-01-01", null);
        as(provinceOfficer("30")).contentType(ContentType.JSON).body(twice).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("scope.communeCodes[1]"));
        as(provinceOfficer("30")).contentType(ContentType.JSON).body(provinceCampaign("X", "30", "2024-01-01", "2023-12-31")).post("/api/v1/campaigns")
                .then().statusCode(400).body("errors[0].field", equalTo("endDate"));
        Map<String, Object> kind = provinceCampaign("X", "30", "2024-01-01", null);
        kind.put("kind", "FESTIVAL");
        as(provinceOfficer("30")).contentType(ContentType.JSON).body(kind).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", containsString("CAMPAIGN, EMULATION_MOVEMENT"));
        Map<String, Object> date = provinceCampaign("X", "30", "01/01/2024", null);
        as(provinceOfficer("30")).contentType(ContentType.JSON).body(date).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
        Map<String, Object> province = provinceCampaign("", "300", "2024-01-01", null);
        as(provinceOfficer("30")).contentType(ContentType.JSON).body(province).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors.field", hasItems("name", "scope.provinceCode"));
        as(provinceOfficer("30")).contentType(ContentType.JSON).body("[1, 2").post("/api/v1/campaigns").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aCampaignIsChangedWithTheCurrentVersion() {
        String id = createCampaign(communesCampaign("Phong trào thi đua xây dựng NTM huyện Nam Sách", List.of("10657", "10612"), "2024-01-01", "2024-12-31"));
        Map<String, Object> change = communesCampaign("Phong trào thi đua xây dựng NTM huyện Nam Sách 2024", List.of("10657", "10612", "10630"),
                "2024-01-01", "2025-06-30");

        as(provinceOfficer("30")).contentType(ContentType.JSON).body(change).put("/api/v1/campaigns/" + id).then().statusCode(428);
        as(provinceOfficer("30")).contentType(ContentType.JSON).header("If-Match", "\"5\"").body(change).put("/api/v1/campaigns/" + id).then().statusCode(412)
                .body("type", equalTo("https://ntm.example/problems/stale-version"));
        String etag = given().get("/api/v1/campaigns/" + id).then().statusCode(200).extract().header("ETag");
        as(provinceOfficer("30")).contentType(ContentType.JSON).header("If-Match", etag).body(change).put("/api/v1/campaigns/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("scope.communes", hasSize(3))
                .body("endDate", equalTo("2025-06-30"));
    }

    @Test
    void aChangeMayNotLeaveRecordedContributionsOutside() {
        String id = createCampaign(communesCampaign("Chung sức làm đường giao thông nông thôn", List.of("10657", "10612"), "2024-01-01", "2024-12-31"));
        contribute(id, money("10612", "2024-05-10", 15_000_000)).then().statusCode(201);

        Map<String, Object> shrink = communesCampaign("Chung sức làm đường giao thông nông thôn", List.of("10657"), "2024-01-01", "2024-12-31");
        as(provinceOfficer("30")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(shrink).put("/api/v1/campaigns/" + id).then().statusCode(409)
                .body("context.contributionsOutside", equalTo(1))
                .body("context.activitiesOutside", equalTo(0));
        Map<String, Object> shorter = communesCampaign("Chung sức làm đường giao thông nông thôn", List.of("10657", "10612"), "2024-06-01", "2024-12-31");
        as(provinceOfficer("30")).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(shorter).put("/api/v1/campaigns/" + id).then().statusCode(409);
        given().get("/api/v1/campaigns/" + id).then().body("scope.communes", hasSize(2)).body("version", equalTo(0));
    }

    @Test
    void activitiesFallWithinThePeriodAndScope() {
        String id = createCampaign(communesCampaign("Ngày chủ nhật xanh", List.of("10780"), "2024-01-01", "2024-12-31"));
        Map<String, Object> activity = new LinkedHashMap<>();
        activity.put("title", "Ra quân làm đường giao thông nông thôn thôn Đông");
        activity.put("communeCode", "10780");
        activity.put("place", "Nhà văn hóa thôn Đông");
        activity.put("startDate", "2024-03-26");
        activity.put("participants", 320);

        as(surveyor("10780")).contentType(ContentType.JSON).body(activity).post("/api/v1/campaigns/" + id + "/activities").then().statusCode(201)
                .body("communeName", equalTo("Xã Kim Anh")).body("provinceCode", equalTo("30")).body("participants", equalTo(320));
        Map<String, Object> late = new LinkedHashMap<>(activity);
        late.put("startDate", "2025-02-01");
        as(surveyor("10780")).contentType(ContentType.JSON).body(late).post("/api/v1/campaigns/" + id + "/activities").then().statusCode(422)
                .body("errors[0].field", equalTo("startDate"));
        Map<String, Object> elsewhere = new LinkedHashMap<>(activity);
        elsewhere.put("communeCode", "10894");
        as(surveyor("10780")).contentType(ContentType.JSON).body(elsewhere).post("/api/v1/campaigns/" + id + "/activities").then().statusCode(422)
                .body("errors[0].field", equalTo("communeCode"));
        Map<String, Object> negative = new LinkedHashMap<>(activity);
        negative.put("participants", -3);
        as(surveyor("10780")).contentType(ContentType.JSON).body(negative).post("/api/v1/campaigns/" + id + "/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("participants"));

        given().get("/api/v1/campaigns/" + id + "/activities").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].title", equalTo("Ra quân làm đường giao thông nông thôn thôn Đông"));
        given().get("/api/v1/campaigns/" + UUID.randomUUID() + "/activities").then().statusCode(404);
        given().get("/api/v1/campaigns/" + id + "/history").then().statusCode(200)
                .body("items.path", hasItem("/api/v1/campaigns/" + id + "/activities"));
    }

    @Test
    void campaignsAreFoundByProvinceCommuneKindDateAndName() {
        String movement = createCampaign(communesCampaign("Cả nước chung sức xây dựng nông thôn mới (Kim Thành)", List.of("10780"), "2022-01-01", "2022-12-31"));
        String campaign = createCampaign(provinceCampaign("Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư", "30", "2022-01-01", "2022-12-31"));

        given().queryParam("q", "CHUNG SUC xay dung").queryParam("activeOn", "2022-06-01").get("/api/v1/campaigns").then().statusCode(200)
                .body("items.id", hasItem(movement)).body("items.id", not(hasItem(campaign)));
        given().queryParam("province", "30").queryParam("activeOn", "2022-06-01").get("/api/v1/campaigns").then().statusCode(200)
                .body("items.id", hasItems(movement, campaign));
        given().queryParam("commune", "10780").queryParam("kind", "EMULATION_MOVEMENT").queryParam("activeOn", "2022-06-01")
                .get("/api/v1/campaigns").then().statusCode(200).body("items.id", equalTo(List.of(movement)));
        given().queryParam("province", "36").queryParam("activeOn", "2022-06-01").get("/api/v1/campaigns").then().statusCode(200)
                .body("items.id", not(hasItems(movement, campaign)));
        given().queryParam("kind", "PARTY").get("/api/v1/campaigns").then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().queryParam("activeOn", "2022-13-01").get("/api/v1/campaigns").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/v1/campaigns/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/campaigns/abc").then().statusCode(400).contentType("application/problem+json");
    }
}
