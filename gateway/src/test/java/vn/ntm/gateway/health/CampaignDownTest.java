package vn.ntm.gateway.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.FakeServices;

/** With campaign-service down: its paths answer 503 at once, the views go partial, readiness names it. */
@QuarkusTest
@TestProfile(CampaignDownProfile.class)
class CampaignDownTest {

    private static final String READY = "{\"status\":\"UP\",\"checks\":[]}";

    @Test
    void pathOfTheDeadServiceIsA503Problem() {
        given().header("X-Request-Id", "dead-campaign").when().get("/api/v1/contributions/totals?province=30")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/dependency-unavailable"))
                .body("detail", equalTo("The campaign service is unavailable. Try again later."))
                .body("context.dependency", equalTo("campaign"))
                .body("requestId", equalTo("dead-campaign"));
        given().contentType("application/json").body("{\"responseId\":\"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\"}")
                .when().post("/api/v1/surveys/5e0b/responses")
                .then().statusCode(503).body("context.dependency", equalTo("campaign"));
    }

    @Test
    void otherServicesStillAnswer() {
        FakeServices.communes.stubFor(get(urlEqualTo("/api/v1/communes/11008"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"code\":\"11008\"}")));
        given().when().get("/api/v1/communes/11008").then().statusCode(200).body("code", equalTo("11008"));
    }

    @Test
    void communeViewIsPartialWithoutCampaign() {
        FakeServices.communes.stubFor(get(urlEqualTo("/api/v1/communes/11020")).willReturn(json("{\"code\":\"11020\",\"name\":\"Xã Yết Kiêu\"}")));
        FakeServices.communes.stubFor(get(urlEqualTo("/api/v1/communes/11020/recognitions")).willReturn(json("{\"items\":[]}")));
        FakeServices.communes.stubFor(get(urlEqualTo("/api/v1/assessments?commune=11020&size=1")).willReturn(json("{\"items\":[]}")));
        FakeServices.ocop.stubFor(get(urlEqualTo("/api/v1/ocop/communes/11020/summary"))
                .willReturn(json("{\"activeProducts\":1,\"byStars\":{\"3\":1,\"4\":0,\"5\":0},\"highestStars\":3}")));

        given().when().get("/api/v1/views/communes/11020")
                .then().statusCode(200)
                .body("commune.name", equalTo("Xã Yết Kiêu"))
                .body("ocop.highestStars", equalTo(3))
                .body("satisfaction", nullValue())
                .body("meta.partial", equalTo(true))
                .body("meta.unavailable", contains("campaign"))
                .body("meta.parts.satisfaction", equalTo("UNAVAILABLE"));
    }

    @Test
    void readinessReportsEachService() {
        FakeServices.communes.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(json(READY)));
        FakeServices.ocop.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(json(READY)));

        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'upstream-communes' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream-ocop' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream-campaign' }.status", equalTo("DOWN"))
                .body("checks.name", hasItem("upstream-campaign"));
    }

    @Test
    void serviceNotReadyIsReportedDown() {
        FakeServices.communes.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withStatus(503)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"DOWN\",\"checks\":[]}")));
        FakeServices.ocop.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(json(READY)));

        given().when().get("/q/health/ready")
                .then().statusCode(503)
                .body("checks.find { it.name == 'upstream-communes' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'upstream-communes' }.data.status", equalTo(503));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
