package vn.ntm.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.FakeServices;

/** The gateway passes documented paths through to the service that serves them, unchanged both ways. */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class PassThroughTest {

    private static final String PROBLEM_404 = """
            {"type":"https://ntm.example/problems/not-found","title":"Not found","status":404,\
            "detail":"Commune '99999' does not exist.","instance":"/api/v1/communes/99999","requestId":"upstream-id"}""";

    @Test
    void getPassesQueryHeadersAndAnswerUnchanged() {
        FakeServices.communes.stubFor(get(urlPathEqualTo("/api/v1/communes/10657"))
                .willReturn(aResponse().withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("ETag", "\"7\"")
                        .withHeader("Cache-Control", "max-age=60")
                        .withBody("{\"code\":\"10657\",\"name\":\"Xã Đồng Lạc\",\"type\":\"XA\",\"provinceCode\":\"30\"}")));

        given().queryParam("asOf", "2025-04-30").queryParam("name", "Đồng Lạc")
                .header("Accept-Language", "vi").header("X-Custom-Trace", "abc")
                .when().get("/api/v1/communes/10657")
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"7\"")
                .header("Cache-Control", "max-age=60")
                .body("name", equalTo("Xã Đồng Lạc"));

        LoggedRequest sent = only(FakeServices.communes.findAll(getRequestedFor(urlPathEqualTo("/api/v1/communes/10657"))));
        assertThat(sent.getUrl()).isEqualTo("/api/v1/communes/10657?asOf=2025-04-30&name=%C4%90%E1%BB%93ng%20L%E1%BA%A1c");
        assertThat(sent.getHeader("Accept-Language")).isEqualTo("vi");
        assertThat(sent.getHeader("X-Custom-Trace")).isEqualTo("abc");
        assertThat(sent.getHeader("X-Forwarded-For")).isNotBlank();
    }

    @Test
    void postBodyStatusAndLocationPassUnchanged() {
        FakeServices.ocop.stubFor(post(urlEqualTo("/api/v1/ocop/products"))
                .willReturn(aResponse().withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withHeader("Location", "/api/v1/ocop/products/7f0c2d4e-8b1a-4c3e-9d2f-1a2b3c4d5e6f")
                        .withBody("{\"id\":\"7f0c2d4e-8b1a-4c3e-9d2f-1a2b3c4d5e6f\",\"name\":\"Vải thiều Thanh Hà\"}")));
        String body = "{\"name\":\"Vải thiều Thanh Hà\",\"communeCode\":\"11335\",\"category\":\"FOOD\"}";

        given().contentType(ContentType.JSON).header("Idempotency-Key", "c1d2e3").body(body)
                .when().post("/api/v1/ocop/products")
                .then().statusCode(201)
                .header("Location", "/api/v1/ocop/products/7f0c2d4e-8b1a-4c3e-9d2f-1a2b3c4d5e6f")
                .body("name", equalTo("Vải thiều Thanh Hà"));

        LoggedRequest sent = only(FakeServices.ocop.findAll(postRequestedFor(urlEqualTo("/api/v1/ocop/products"))
                .withHeader("Idempotency-Key", WireMock.equalTo("c1d2e3"))));
        assertThat(sent.getBodyAsString()).isEqualTo(body);
        assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
    }

    @Test
    void putAndDeletePassThrough() {
        String id = "/api/v1/ocop/products/2a9d7c3e-1111-4c3e-9d2f-000000000001";
        FakeServices.ocop.stubFor(put(urlEqualTo(id)).willReturn(aResponse().withStatus(412)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://ntm.example/problems/stale-version\",\"status\":412,\"title\":\"The record has changed since you read it\"}")));
        FakeServices.ocop.stubFor(delete(urlEqualTo(id)).willReturn(aResponse().withStatus(204)));

        given().contentType(ContentType.JSON).header("If-Match", "\"3\"").body("{\"name\":\"Bánh gai Ninh Giang\"}")
                .when().put(id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/stale-version"));
        FakeServices.ocop.verify(putRequestedFor(urlEqualTo(id)).withHeader("If-Match", WireMock.equalTo("\"3\""))
                .withRequestBody(WireMock.equalToJson("{\"name\":\"Bánh gai Ninh Giang\"}")));

        given().when().delete(id).then().statusCode(204);
        FakeServices.ocop.verify(1, deleteRequestedFor(urlEqualTo(id)));
    }

    @Test
    void problemBodiesOfServicesPassUnchanged() {
        FakeServices.communes.stubFor(get(urlEqualTo("/api/v1/communes/99999"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json").withBody(PROBLEM_404)));

        String answer = given().when().get("/api/v1/communes/99999")
                .then().statusCode(404).contentType("application/problem+json")
                .extract().asString();
        assertThat(answer).isEqualTo(PROBLEM_404);
    }

    @Test
    void largeBodiesStreamThroughIntact() {
        FakeServices.campaign.stubFor(post(urlEqualTo("/api/v1/surveys/5e0b/responses"))
                .willReturn(aResponse().withStatus(202).withHeader("Content-Type", "application/json").withBody("{\"accepted\":true}")));
        String answers = "{\"responseId\":\"0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0\",\"note\":\"" + "Hài lòng. ".repeat(150_000) + "\"}";

        given().contentType("application/json; charset=UTF-8").body(answers)
                .when().post("/api/v1/surveys/5e0b/responses")
                .then().statusCode(202).body("accepted", equalTo(true));

        LoggedRequest sent = only(FakeServices.campaign.findAll(postRequestedFor(urlEqualTo("/api/v1/surveys/5e0b/responses"))));
        assertThat(sent.getBody()).hasSize(answers.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        assertThat(sent.getBodyAsString()).isEqualTo(answers);
    }

    @Test
    void mostSpecificTemplateWinsAcrossServices() {
        FakeServices.campaign.stubFor(get(urlEqualTo("/api/v1/communes/satisfaction-overview"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"from\":\"campaign\"}")));
        FakeServices.campaign.stubFor(get(urlEqualTo("/api/v1/communes/10660/satisfaction"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"from\":\"campaign\"}")));
        FakeServices.communes.stubFor(get(urlEqualTo("/api/v1/communes/10660"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"from\":\"communes\"}")));

        given().get("/api/v1/communes/satisfaction-overview").then().statusCode(200).body("from", equalTo("campaign"));
        given().get("/api/v1/communes/10660/satisfaction").then().statusCode(200).body("from", equalTo("campaign"));
        given().get("/api/v1/communes/10660").then().statusCode(200).body("from", equalTo("communes"));
    }

    @Test
    void pathNoServiceServesIsA404ProblemOfTheGateway() {
        for (String path : List.of("/api/v1/nothing-here", "/api/v1/communes/10657/unknown", "/api/v1/communes/10657/")) {
            given().header("X-Request-Id", "missing-1").when().get(path)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://ntm.example/problems/not-found"))
                    .body("requestId", equalTo("missing-1"));
        }
        FakeServices.communes.verify(0, anyRequestedFor(urlEqualTo("/api/v1/communes/10657/unknown")));
    }

    @Test
    void requestIdIsForwardedAndEchoedOnce() {
        FakeServices.communes.stubFor(get(urlEqualTo("/api/v1/communes/10663"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withHeader("X-Request-Id", "echo-from-service").withBody("{\"code\":\"10663\"}")));

        Response given = given().header("X-Request-Id", "trace-10663").when().get("/api/v1/communes/10663");
        assertThat(given.statusCode()).isEqualTo(200);
        assertThat(given.headers().getValues("X-Request-Id")).containsExactly("trace-10663");
        FakeServices.communes.verify(getRequestedFor(urlEqualTo("/api/v1/communes/10663"))
                .withHeader("X-Request-Id", WireMock.equalTo("trace-10663")));

        String generated = given().when().get("/api/v1/communes/10663").then().statusCode(200).extract().header("X-Request-Id");
        assertThat(generated).isNotBlank().isNotEqualTo("trace-10663");
        FakeServices.communes.verify(getRequestedFor(urlEqualTo("/api/v1/communes/10663"))
                .withHeader("X-Request-Id", WireMock.equalTo(generated)));

        // an unsafe id is replaced, and the replacement is what the service sees
        String replaced = given().header("X-Request-Id", "bad id;drop").when().get("/api/v1/communes/10663")
                .then().statusCode(200).extract().header("X-Request-Id");
        assertThat(replaced).doesNotContain(" ");
        FakeServices.communes.verify(getRequestedFor(urlEqualTo("/api/v1/communes/10663"))
                .withHeader("X-Request-Id", WireMock.equalTo(replaced)));
    }

    @Test
    void silentServiceIsA503ProblemAfterTheTimeout() {
        FakeServices.ocop.stubFor(get(urlEqualTo("/api/v1/ocop/statistics?province=30"))
                .willReturn(aResponse().withFixedDelay(4_000).withHeader("Content-Type", "application/json").withBody("{}")));

        given().header("X-Request-Id", "slow-ocop").when().get("/api/v1/ocop/statistics?province=30")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/dependency-unavailable"))
                .body("requestId", equalTo("slow-ocop"))
                .body("context.dependency", equalTo("ocop"))
                .body("instance", equalTo("/api/v1/ocop/statistics"));
    }

    @Test
    void failingConnectionIsA503Problem() {
        FakeServices.communes.stubFor(any(urlEqualTo("/api/v1/provinces/31/progress"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        given().when().get("/api/v1/provinces/31/progress")
                .then().statusCode(503).contentType("application/problem+json")
                .body("context.dependency", equalTo("communes"))
                .body("requestId", notNullValue());
    }

    @Test
    void oversizeBodyIsA413ProblemAndNeverReachesTheService() {
        String big = "{\"note\":\"" + "x".repeat(2 * 1024 * 1024 + 10) + "\"}";

        given().contentType(ContentType.JSON).body(big).when().post("/api/v1/communes")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/payload-too-large"));
        FakeServices.communes.verify(0, postRequestedFor(urlEqualTo("/api/v1/communes")));
    }

    private static LoggedRequest only(List<LoggedRequest> requests) {
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
