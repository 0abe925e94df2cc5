package vn.ntm.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.RawService;

/**
 * The gateway never turns a service's refusal into a 503: an answer the service gave before closing the connection
 * mid-upload passes through, and an idempotent request that met a connection the service had just closed is sent
 * once more on a fresh one.
 */
@QuarkusTest
@QuarkusTestResource(value = RawService.class, restrictToAnnotatedClass = true)
class ServiceRefusalTest {

    private static final String BODY = "{\"note\":\"" + "x".repeat(1_500_000) + "\"}";

    @Test
    void refusalBeforeTheBodyWasReadPassesThrough() {
        for (int i = 0; i < 3; i++) {
            String answer = given().contentType(ContentType.JSON).body(BODY).when().post("/api/v1/ocop/products")
                    .then().statusCode(413).contentType("application/problem+json")
                    .extract().asString();
            assertThat(answer).isEqualTo(RawService.REFUSAL);
        }
    }

    @Test
    void getOnAStaleConnectionIsSentOnceMore() {
        int before = seen("GET /api/v1/communes/10700");
        for (int i = 0; i < 3; i++) {
            given().when().get("/api/v1/communes/10700")
                    .then().statusCode(200).body("code", equalTo("10700"));
        }
        // three answers; every try after the first met the kept-alive connection closed under it, and was sent again
        assertThat(seen("GET /api/v1/communes/10700") - before).isEqualTo(5);
    }

    private static int seen(String line) {
        java.util.concurrent.atomic.AtomicInteger count = RawService.SEEN.get(line);
        return count == null ? 0 : count.get();
    }
}
