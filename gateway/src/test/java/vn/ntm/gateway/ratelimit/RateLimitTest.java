package vn.ntm.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.FakeServices;

/** Per-client limits (test profile: 5 requests a minute per API key): headers on every answer, 429 beyond. */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class RateLimitTest {

    @Test
    void sixthRequestOfAKeyIsRefusedWithRetryAfter() {
        FakeServices.ocop.stubFor(get(urlEqualTo("/api/v1/ocop/products?size=1"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
        String key = "partner-" + UUID.randomUUID();

        for (int i = 1; i <= 5; i++) {
            Response ok = given().header("X-API-Key", key).when().get("/api/v1/ocop/products?size=1");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.header("X-RateLimit-Limit")).isEqualTo("5");
            assertThat(Long.parseLong(ok.header("X-RateLimit-Remaining"))).isEqualTo(5 - i);
            assertThat(Long.parseLong(ok.header("X-RateLimit-Reset"))).isBetween(1L, 60L);
        }

        Response refused = given().header("X-API-Key", key).header("X-Request-Id", "limited-1")
                .when().get("/api/v1/ocop/products?size=1");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("https://ntm.example/problems/rate-limited");
        assertThat(refused.jsonPath().getString("requestId")).isEqualTo("limited-1");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(refused.header("X-RateLimit-Limit")).isEqualTo("5");
        assertThat(refused.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.header("X-RateLimit-Reset")).isNotBlank();
        FakeServices.ocop.verify(5, getRequestedFor(urlEqualTo("/api/v1/ocop/products?size=1"))
                .withHeader("X-API-Key", WireMock.equalTo(key)));

        // another client is not affected
        given().header("X-API-Key", key + "-other").when().get("/api/v1/ocop/products?size=1")
                .then().statusCode(200).header("X-RateLimit-Remaining", equalTo("4"));
    }

    @Test
    void viewsAreLimitedToo() {
        String key = "views-" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            given().header("X-API-Key", key).when().get("/api/v1/views/communes/abc").then().statusCode(400);
        }
        given().header("X-API-Key", key).when().get("/api/v1/views/communes/abc").then().statusCode(429);
    }

    @Test
    void operationalEndpointsAreNotLimited() {
        Response health = given().header("X-API-Key", "health-" + UUID.randomUUID()).when().get("/q/health/live");
        assertThat(health.header("X-RateLimit-Limit")).isNull();
    }
}
