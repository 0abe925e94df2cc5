package vn.ntm.campaign.contributions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.communeOfficer;
import static vn.ntm.campaign.testing.CampaignFixtures.communesCampaign;
import static vn.ntm.campaign.testing.CampaignFixtures.contribute;
import static vn.ntm.campaign.testing.CampaignFixtures.contribution;
import static vn.ntm.campaign.testing.CampaignFixtures.createCampaign;
import static vn.ntm.campaign.testing.CampaignFixtures.money;
import static vn.ntm.campaign.testing.CampaignFixtures.provinceCampaign;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;

/** What residents contribute, its checks, retries, and the totals in SQL. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class ContributionTest {

    @Inject
    AgroalDataSource db;

    @Test
    void totalsPerProvinceCommuneCampaignAndPeriod() {
        // Nam Định (36) is used by this test only
        String province = createCampaign(provinceCampaign("Toàn dân đoàn kết xây dựng nông thôn mới (Nam Định)", "36", "2023-01-01", "2024-12-31"));
        String communes = createCampaign(communesCampaign("Chung sức xây dựng nông thôn mới kiểu mẫu", List.of("13711", "13717"), "2024-01-01", "2024-12-31"));
        contribute(province, money("13711", "2024-03-01", 100_000_000)).then().statusCode(201)
                .body("communeName", equalTo("Xã Mỹ Hà")).body("provinceCode", equalTo("36")).body("amountVnd", equalTo(100_000_000));
        contribute(province, contribution("13717", "LAND", "2024-04-02", "landAreaM2", 250.5)).then().statusCode(201);
        contribute(province, contribution("13720", "LABOUR", "2024-05-03", "workingDays", 120.5)).then().statusCode(201);
        contribute(province, contribution("13711", "MATERIALS", "2024-06-04", "materials",
                Map.of("description", "200 bao xi măng", "estimatedValueVnd", 45_000_000))).then().statusCode(201)
                .body("materials.description", equalTo("200 bao xi măng"));
        contribute(communes, money("13711", "2024-07-01", 20_000_000)).then().statusCode(201);
        contribute(communes, contribution("13717", "LABOUR", "2024-08-01", "workingDays", 30)).then().statusCode(201);

        given().queryParam("province", "36").get("/api/v1/contributions/totals").then().statusCode(200)
                .body("province", equalTo("36"))
                .body("totals.contributions", equalTo(6))
                .body("totals.moneyVnd", equalTo(120_000_000))
                .body("totals.landAreaM2", equalTo(250.5f))
                .body("totals.workingDays", equalTo(150.5f))
                .body("totals.materialsValueVnd", equalTo(45_000_000))
                .body("totals.totalValueVnd", equalTo(165_000_000))
                .body("groups", equalTo(null));
        given().queryParam("province", "36").queryParam("commune", "13711").get("/api/v1/contributions/totals").then().statusCode(200)
                .body("totals.contributions", equalTo(3)).body("totals.moneyVnd", equalTo(120_000_000))
                .body("totals.materialsValueVnd", equalTo(45_000_000)).body("totals.landAreaM2", equalTo(0));
        given().queryParam("campaign", communes).get("/api/v1/contributions/totals").then().statusCode(200)
                .body("totals.contributions", equalTo(2)).body("totals.moneyVnd", equalTo(20_000_000)).body("totals.workingDays", equalTo(30.0f));
        given().queryParam("province", "36").queryParam("from", "2024-05-01").queryParam("to", "2024-06-30").get("/api/v1/contributions/totals")
                .then().statusCode(200).body("totals.contributions", equalTo(2)).body("totals.totalValueVnd", equalTo(45_000_000));

        given().queryParam("province", "36").queryParam("groupBy", "COMMUNE").queryParam("size", 2).get("/api/v1/contributions/totals")
                .then().statusCode(200)
                .body("groupBy", equalTo("COMMUNE"))
                .body("groups.totalItems", equalTo(3))
                .body("groups.items", hasSize(2))
                .body("groups.items[0].key", equalTo("13711"))
                .body("groups.items[0].name", equalTo("Xã Mỹ Hà"))
                .body("groups.items[0].totals.contributions", equalTo(3))
                .body("groups.items[1].key", equalTo("13717"))
                .body("groups.items[1].totals.landAreaM2", equalTo(250.5f));
        given().queryParam("province", "36").queryParam("groupBy", "CAMPAIGN").get("/api/v1/contributions/totals").then().statusCode(200)
                .body("groups.items.name", hasItems("Toàn dân đoàn kết xây dựng nông thôn mới (Nam Định)", "Chung sức xây dựng nông thôn mới kiểu mẫu"))
                .body("groups.items.totals.contributions", hasItems(4, 2));
        given().queryParam("province", "36").queryParam("groupBy", "PROVINCE").get("/api/v1/contributions/totals").then().statusCode(200)
                .body("groups.items.key", equalTo(List.of("36")));

        given().queryParam("province", "3").get("/api/v1/contributions/totals").then().statusCode(400).body("errors[0].field", equalTo("province"));
        given().queryParam("groupBy", "VILLAGE").get("/api/v1/contributions/totals").then().statusCode(400).body("errors[0].field", equalTo("groupBy"));
        given().queryParam("from", "2024-06-01").queryParam("to", "2024-01-01").get("/api/v1/contributions/totals").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("campaign", "chung-suc").get("/api/v1/contributions/totals").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("commune", "99999").get("/api/v1/contributions/totals").then().statusCode(200).body("totals.contributions", equalTo(0))
                .body("totals.moneyVnd", equalTo(0));
    }

    @Test
    void eachKindCarriesItsOwnQuantityOnly() {
        String id = createCampaign(provinceCampaign("Toàn dân đoàn kết xây dựng NTM (Hải Dương)", "30", "2021-01-01", "2025-12-31"));
        Map<String, Object> noAmount = money("10894", "2024-04-12", 1);
        noAmount.remove("amountVnd");
        contribute(id, noAmount).then().statusCode(400).body("errors[0].field", equalTo("amountVnd"))
                .body("errors[0].message", containsString("required for a MONEY contribution"));
        Map<String, Object> extra = money("10894", "2024-04-12", 5_000_000);
        extra.put("landAreaM2", 40);
        contribute(id, extra).then().statusCode(400).body("errors[0].field", equalTo("landAreaM2"));
        Map<String, Object> decimals = money("10894", "2024-04-12", 1);
        decimals.put("amountVnd", 1500.5);
        contribute(id, decimals).then().statusCode(400).body("errors[0].field", equalTo("amountVnd"));
        contribute(id, money("10894", "2024-04-12", -200_000)).then().statusCode(400).body("errors[0].field", equalTo("amountVnd"));
        contribute(id, contribution("10894", "MATERIALS", "2024-04-12", "materials", Map.of("estimatedValueVnd", 1_000_000))).then().statusCode(400)
                .body("errors[0].field", equalTo("materials.description"));
        contribute(id, contribution("10894", "LABOUR", "2024-04-12", "workingDays", 2.25)).then().statusCode(400)
                .body("errors[0].field", equalTo("workingDays"));
        contribute(id, contribution("10894", "GOLD", "2024-04-12", "amountVnd", 5)).then().statusCode(400).body("errors[0].field", equalTo("kind"));
        contribute(id, contribution("10894", "LAND", "2024-04-12", "landAreaM2", "many")).then().statusCode(400)
                .body("errors[0].field", equalTo("landAreaM2"));
        contribute(id, money("10894", LegalDate.today().plusDays(2).toString(), 5_000_000)).then().statusCode(400)
                .body("errors[0].field", equalTo("contributedOn"));
        assertThat(Db.count(db, "SELECT count(*) FROM contribution WHERE campaign_id = ?", UUID.fromString(id))).isZero();
    }

    @Test
    void theCommuneMustBeInTheScopeOnTheContributionDate() {
        String province = createCampaign(provinceCampaign("Toàn dân đoàn kết xây dựng NTM (Hải Dương)", "30", "2021-01-01", "2025-12-31"));
        contribute(province, money("13711", "2024-04-12", 5_000_000)).then().statusCode(422)    // Nam Định
                .body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("outside this campaign's province 30"));
        contribute(province, money("10894", "2025-08-01", 5_000_000)).then().statusCode(422)
                .body("errors[0].message", containsString("ended on 2025-06-30"));
        contribute(province, money("10001", "2024-04-12", 5_000_000)).then().statusCode(422)
                .body("errors[0].message", containsString("unknown commune"));
        contribute(province, money("10894", "2020-12-31", 5_000_000)).then().statusCode(422)
                .body("errors[0].field", equalTo("contributedOn"));

        String listed = createCampaign(communesCampaign("Chung sức xây dựng NTM", List.of("10663"), "2024-01-01", "2024-12-31"));
        contribute(listed, money("10822", "2024-04-12", 5_000_000)).then().statusCode(422)
                .body("errors[0].message", containsString("not one of the communes of this campaign"));
        contribute(UUID.randomUUID().toString(), money("10663", "2024-04-12", 5_000_000)).then().statusCode(404);
    }

    @Test
    void whenCommunesServiceFailsNothingIsWritten() {
        CommunesServiceMock.server().stubFor(get(urlPathEqualTo("/api/v1/communes/10816")).atPriority(1).willReturn(aResponse().withStatus(503)));
        String id = createCampaign(provinceCampaign("Toàn dân đoàn kết xây dựng NTM (Hải Phòng)", "31", "2025-07-01", null));
        contribute(id, money("10816", "2025-09-01", 5_000_000)).then().statusCode(503)
                .body("type", equalTo("https://ntm.example/problems/dependency-unavailable"));
        assertThat(Db.count(db, "SELECT count(*) FROM contribution WHERE campaign_id = ?", UUID.fromString(id))).isZero();
    }

    @Test
    void aRetriedWriteWithTheSameIdempotencyKeyIsRecordedOnce() {
        String id = createCampaign(communesCampaign("Chung sức xây dựng NTM (An Thượng)", List.of("10663"), "2024-01-01", "2024-12-31"));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = money("10663", "2024-04-12", 350_000_000);

        String first = as(communeOfficer("10663")).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/campaigns/" + id + "/contributions").then().statusCode(201).extract().path("id");
        as(communeOfficer("10663")).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/campaigns/" + id + "/contributions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        body.put("amountVnd", 360_000_000);
        as(communeOfficer("10663")).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/campaigns/" + id + "/contributions").then().statusCode(422)
                .body("detail", containsString("Idempotency-Key"));

        assertThat(Db.count(db, "SELECT count(*) FROM contribution WHERE campaign_id = ?", UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void contributionsOfACampaignAreListed() {
        String id = createCampaign(communesCampaign("Chung sức xây dựng NTM (Quyết Thắng)", List.of("10822"), "2024-01-01", "2024-12-31"));
        contribute(id, money("10822", "2024-02-01", 1_000_000)).then().statusCode(201);
        contribute(id, contribution("10822", "LAND", "2024-03-01", "landAreaM2", 80)).then().statusCode(201);
        given().get("/api/v1/campaigns/" + id + "/contributions").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items[0].kind", equalTo("LAND")).body("items[1].kind", equalTo("MONEY"))
                .body("items[0].amountVnd", equalTo(null));
        given().queryParam("kind", "MONEY").get("/api/v1/campaigns/" + id + "/contributions").then().statusCode(200).body("totalItems", equalTo(1));
        given().queryParam("kind", "CASH").get("/api/v1/campaigns/" + id + "/contributions").then().statusCode(400);
    }
}
