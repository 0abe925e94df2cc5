package vn.ntm.campaign.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static vn.ntm.campaign.testing.Callers.administrator;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.communeOfficer;
import static vn.ntm.campaign.testing.Callers.provinceOfficer;
import static vn.ntm.campaign.testing.Callers.surveyor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CampaignFixtures;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;

/**
 * Scope before existence before validity (issue 20), beyond the cells of {@link AuthorizationMatrixTest}: what the
 * answer says, not only its status. Xã Gia Phúc (11050, Hải Phòng 31), whose surveys belong to ResponseSyncTest: nothing
 * here touches them (a campaign of the commune alone, a data-subject request matching no form); Hưng Yên (33) is
 * "another province".
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class ScopeBeforeExistenceTest {

    static final String PROVINCE = "31";
    static final String COMMUNE = "11050";
    static final String OTHER_PROVINCE = "33";

    @Test
    void aCampaignNamingACommuneOfAnotherProvinceIsA403EvenWhenAnotherCodeIsUnknownOrRepeated() {
        Map<String, Object> campaign = CampaignFixtures.communesCampaign("Phong trào thử nghiệm thứ tự kiểm tra",
                List.of(COMMUNE, "99999", COMMUNE), "2025-09-01", "2025-08-01");
        // before issue 20 the unknown code (422) or the repetition and the period (400) were answered first
        as(provinceOfficer(OTHER_PROVINCE)).contentType(ContentType.JSON).body(campaign).post("/api/v1/campaigns")
                .then().statusCode(403).contentType("application/problem+json");
        // the province's own officer is told what is wrong with the body
        as(provinceOfficer(PROVINCE)).contentType(ContentType.JSON).body(campaign).post("/api/v1/campaigns")
                .then().statusCode(400).body("errors.field", hasItem("scope.communeCodes[2]"));
    }

    @Test
    void aContributionForACommuneOfAnotherProvinceIsA403WhetherTheCampaignExistsOrNot() {
        String campaign = CampaignFixtures.createCampaign(CampaignFixtures.communesCampaign("Xã Gia Phúc chung sức (thứ tự kiểm tra)",
                List.of(COMMUNE), "2025-09-01", null));
        Map<String, Object> contribution = new LinkedHashMap<>(Map.of("communeCode", COMMUNE, "kind", "MONEY", "contributedOn", "2025-10-12",
                "source", "Nhân dân thôn Đông", "amountVnd", 5_000_000));
        for (String id : List.of(campaign, UUID.randomUUID().toString())) {
            as(provinceOfficer(OTHER_PROVINCE)).contentType(ContentType.JSON).body(contribution)
                    .post("/api/v1/campaigns/" + id + "/contributions").then().statusCode(403);
            as(communeOfficer("10966")).contentType(ContentType.JSON).body(contribution)
                    .post("/api/v1/campaigns/" + id + "/contributions").then().statusCode(403);
        }
        // a caller reaching the commune learns that the campaign does not exist, and then what is wrong with the body
        as(provinceOfficer(PROVINCE)).contentType(ContentType.JSON).body(contribution)
                .post("/api/v1/campaigns/" + UUID.randomUUID() + "/contributions").then().statusCode(404);
        contribution.put("landAreaM2", 120);
        as(communeOfficer(COMMUNE)).contentType(ContentType.JSON).body(contribution)
                .post("/api/v1/campaigns/" + campaign + "/contributions").then().statusCode(400).body("errors.field", hasItem("landAreaM2"));
    }

    @Test
    void aDataSubjectRequestOfAnotherCommuneIsAnsweredExactlyAsOneThatDoesNotExist() {
        String request = as(communeOfficer(COMMUNE)).contentType(ContentType.JSON).body(Map.of("kind", "ACCESS", "communeCode", COMMUNE,
                        "householdId", "HGĐ-THỨ-TỰ-0001", "requester", "Ông Phạm Văn Long, chủ hộ", "identityCheckedBy", "Công chức Văn phòng - Thống kê xã",
                        "identityDocument", "Căn cước", "receivedOn", LegalDate.today().toString()))
                .post("/api/v1/privacy/requests").then().statusCode(201).extract().path("id");
        String unknown = UUID.randomUUID().toString();
        for (String path : List.of("/completion", "/refusal")) {
            JsonPath existing = as(provinceOfficer(OTHER_PROVINCE)).contentType(ContentType.JSON).body(Map.of("outcome", "Đã trả lời."))
                    .post("/api/v1/privacy/requests/" + request + path).then().statusCode(404).extract().jsonPath();
            JsonPath missing = as(provinceOfficer(OTHER_PROVINCE)).contentType(ContentType.JSON).body(Map.of("outcome", "Đã trả lời."))
                    .post("/api/v1/privacy/requests/" + unknown + path).then().statusCode(404).extract().jsonPath();
            assertThat(existing.getString("type")).isEqualTo(missing.getString("type"));
            assertThat(existing.getString("title")).isEqualTo(missing.getString("title"));
            assertThat(existing.getString("detail").replace(request, "ID")).isEqualTo(missing.getString("detail").replace(unknown, "ID"));
        }
        // its own officer goes on to If-Match
        as(communeOfficer(COMMUNE)).contentType(ContentType.JSON).body(Map.of("outcome", "Đã trả lời."))
                .post("/api/v1/privacy/requests/" + request + "/refusal").then().statusCode(428);
    }

    @Test
    void anUnknownSurveyIsToASurveyorAsASurveyOfAnotherCommuneAndToAnAdministratorA404() {
        String unknown = UUID.randomUUID().toString();
        as(surveyor(COMMUNE)).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("villages", List.of(Map.of("code", "THON-DONG", "name", "Thôn Đông", "householdsInScope", 120))))
                .put("/api/v1/surveys/" + unknown + "/villages").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("commune " + COMMUNE));
        as(administrator()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("villages", List.of(Map.of("code", "THON-DONG", "name", "Thôn Đông", "householdsInScope", 120))))
                .put("/api/v1/surveys/" + unknown + "/villages").then().statusCode(404);
    }
}
