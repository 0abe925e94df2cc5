package vn.ntm.gateway.view;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ntm.gateway.view.ViewStubs.communeEverywhere;
import static vn.ntm.gateway.view.ViewStubs.json;
import static vn.ntm.gateway.view.ViewStubs.notFound;
import static vn.ntm.gateway.view.ViewStubs.serverError;
import static vn.ntm.gateway.view.ViewStubs.stub;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import vn.ntm.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.FakeServices;

@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class CommuneViewTest {

    // a real token: the gateway validates tokens at the edge before any view call
    private static final String BEARER = TestTokens.bearer(TestTokens.token("PROVINCE_OFFICER", "30", null));

    @Test
    void completeViewAssemblesEveryPart() {
        communeEverywhere("10657", "Xã Đồng Lạc");

        given().when().get("/api/v1/views/communes/10657")
                .then().statusCode(200)
                .body("code", equalTo("10657"))
                .body("commune.name", equalTo("Xã Đồng Lạc"))
                .body("recognitions.items[0].level", equalTo("ADVANCED"))
                .body("latestAssessment.level", equalTo("MODEL"))
                .body("ocop.byStars.'3'", equalTo(3))
                .body("ocop.highestStars", equalTo(4))
                .body("satisfaction.passed", equalTo(true))
                .body("meta.partial", equalTo(false))
                .body("meta.unavailable", empty())
                .body("meta.parts.ocop", equalTo("AVAILABLE"))
                .body("meta.generatedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void requestIdAndAuthorizationReachEveryParallelCall() {
        communeEverywhere("10663", "Xã Nam Hưng");

        given().header("X-Request-Id", "view-10663").header("Authorization", BEARER)
                .when().get("/api/v1/views/communes/10663")
                .then().statusCode(200).header("X-Request-Id", "view-10663").body("meta.partial", equalTo(false));

        verifyForwarded(FakeServices.communes, "/api/v1/communes/10663");
        verifyForwarded(FakeServices.communes, "/api/v1/communes/10663/recognitions");
        verifyForwarded(FakeServices.communes, "/api/v1/assessments");
        verifyForwarded(FakeServices.ocop, "/api/v1/ocop/communes/10663/summary");
        verifyForwarded(FakeServices.campaign, "/api/v1/communes/10663/satisfaction");
    }

    private static void verifyForwarded(WireMockServer server, String path) {
        server.verify(getRequestedFor(urlPathEqualTo(path))
                .withHeader("X-Request-Id", WireMock.equalTo("view-10663"))
                .withHeader("Authorization", WireMock.equalTo(BEARER)));
    }

    @Test
    void slowServiceGivesAPartialViewWithoutWaitingForIt() {
        communeEverywhere("10666", "Xã An Lâm");
        FakeServices.ocop.stubFor(WireMock.get(urlEqualTo("/api/v1/ocop/communes/10666/summary"))
                .willReturn(aResponse().withFixedDelay(3_000).withHeader("Content-Type", "application/json").withBody("{}")));

        given().when().get("/api/v1/views/communes/10666")
                .then().statusCode(200)
                .body("commune.name", equalTo("Xã An Lâm"))
                .body("satisfaction.passed", equalTo(true))
                .body("ocop", nullValue())
                .body("meta.partial", equalTo(true))
                .body("meta.unavailable", contains("ocop"))
                .body("meta.parts.ocop", equalTo("UNAVAILABLE"))
                .body("meta.parts.commune", equalTo("AVAILABLE"));
    }

    @Test
    void nothingToShowIsAbsentNotPartial() {
        stub(FakeServices.communes, "/api/v1/communes/10672", json("{\"code\":\"10672\",\"name\":\"Xã Nam Tân\"}"));
        stub(FakeServices.communes, "/api/v1/communes/10672/recognitions", json("{\"items\":[]}"));
        stub(FakeServices.communes, "/api/v1/assessments?commune=10672&size=1", json("{\"items\":[],\"page\":0,\"size\":1,\"totalItems\":0}"));
        stub(FakeServices.ocop, "/api/v1/ocop/communes/10672/summary", notFound());
        stub(FakeServices.campaign, "/api/v1/communes/10672/satisfaction", notFound());

        given().when().get("/api/v1/views/communes/10672")
                .then().statusCode(200)
                .body("meta.partial", equalTo(false))
                .body("meta.parts.latestAssessment", equalTo("ABSENT"))
                .body("meta.parts.ocop", equalTo("ABSENT"))
                .body("meta.parts.satisfaction", equalTo("ABSENT"))
                .body("latestAssessment", nullValue())
                .body("satisfaction", nullValue());
    }

    @Test
    void unknownCommuneIsA404Problem() {
        stub(FakeServices.communes, "/api/v1/communes/99991", notFound());

        given().when().get("/api/v1/views/communes/99991")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("Commune '99991' does not exist."))
                .body("requestId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void malformedCodeIsA400Problem() {
        given().when().get("/api/v1/views/communes/1065A")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/validation"))
                .body("errors[0].message", equalTo("must be a 5-digit GSO commune code"));
    }

    @Test
    void nothingAnsweringIsA503Problem() {
        for (String url : new String[] {"/api/v1/communes/10675", "/api/v1/communes/10675/recognitions",
                "/api/v1/assessments?commune=10675&size=1"}) {
            stub(FakeServices.communes, url, serverError());
        }
        stub(FakeServices.ocop, "/api/v1/ocop/communes/10675/summary", serverError());
        stub(FakeServices.campaign, "/api/v1/communes/10675/satisfaction", serverError());

        given().when().get("/api/v1/views/communes/10675")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/dependency-unavailable"))
                .body("context.dependencies", contains("campaign", "communes", "ocop"));
    }
}
