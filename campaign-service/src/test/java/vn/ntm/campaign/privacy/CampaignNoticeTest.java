package vn.ntm.campaign.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ntm.campaign.testing.CampaignFixtures.contribute;
import static vn.ntm.campaign.testing.CampaignFixtures.createCampaign;
import static vn.ntm.campaign.testing.CampaignFixtures.money;
import static vn.ntm.campaign.testing.CampaignFixtures.organiser;
import static vn.ntm.campaign.testing.CampaignFixtures.provinceCampaign;
import static vn.ntm.campaign.testing.CampaignFixtures.withNotice;
import static vn.ntm.campaign.testing.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/**
 * Issue 20, purpose and notice of campaigns: from 2026-01-01 (Law 91/2025/QH15 in force) a contribution, which names
 * its contributor, is recorded only in a campaign that states its purpose, legal basis and notice. Earlier
 * contributions, the history of 2021–2025, are recorded as before.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class CampaignNoticeTest {

    @Test
    void aContributionFrom2026NeedsTheCampaignsPurposeLegalBasisAndNotice() {
        Map<String, Object> body = provinceCampaign("Toàn dân đoàn kết xây dựng nông thôn mới (Hải Phòng, 2025–2026)", "31", "2025-07-01", "2026-12-31");
        body.remove("purpose");
        body.remove("legalBasis");
        body.remove("notice");
        String campaign = createCampaign(body);

        contribute(campaign, money("10756", "2025-11-20", 5_000_000)).then().statusCode(201);
        contribute(campaign, money("10756", "2026-02-03", 7_000_000)).then().statusCode(422).contentType("application/problem+json")
                .body("context.unmet[0]", equalTo("NO_PURPOSE_OR_NOTICE")).body("detail", containsString("91/2025/QH15"));
        given().get("/api/v1/campaigns/" + campaign + "/contributions").then().statusCode(200).body("totalItems", equalTo(1));

        String etag = given().get("/api/v1/campaigns/" + campaign).then().statusCode(200).extract().header("ETag");
        as(organiser(body)).contentType(ContentType.JSON).header("If-Match", etag).body(withNotice(body))
                .put("/api/v1/campaigns/" + campaign).then().statusCode(200)
                .body("legalBasis", equalTo("Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15"));
        contribute(campaign, money("10756", "2026-02-03", 7_000_000)).then().statusCode(201);

        // bad input: a blank purpose is refused naming the field
        Map<String, Object> blank = withNotice(provinceCampaign("Chiến dịch thử", "31", "2026-01-01", null));
        blank.put("purpose", "");
        as(organiser(blank)).contentType(ContentType.JSON).body(blank).post("/api/v1/campaigns").then().statusCode(400)
                .body("errors[0].field", equalTo("purpose"));
    }
}
