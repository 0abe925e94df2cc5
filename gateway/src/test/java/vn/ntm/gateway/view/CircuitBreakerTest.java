package vn.ntm.gateway.view;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ntm.gateway.view.ViewStubs.json;
import static vn.ntm.gateway.view.ViewStubs.serverError;
import static vn.ntm.gateway.view.ViewStubs.stub;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.FakeServices;

/**
 * A service that keeps failing stops being called: after ten failed calls of one client method the breaker opens, and
 * the views answer without that part (partial, the part UNAVAILABLE) instead of waiting on the failing service.
 * Runs in its own application (a test profile) so that the open breaker cannot leak into the other view tests.
 */
@QuarkusTest
@TestProfile(CircuitBreakerTest.LongOpenBreaker.class)
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class CircuitBreakerTest {

    /** Keeps the breaker open for the whole test, whatever the machine's speed. */
    public static class LongOpenBreaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("vn.ntm.gateway.view.clients.OcopClient/CircuitBreaker/delay", "600000");
        }
    }

    private static final String STATISTICS = "/api/v1/ocop/statistics?province=35";

    @Test
    void aFailingServiceIsNoLongerCalledOnceItsBreakerIsOpen() {
        stub(FakeServices.communes, "/api/v1/provinces/35/progress?year=2025",
                json("{\"provinceCode\":\"35\",\"year\":2025,\"communes\":88,\"levels\":[]}"));
        stub(FakeServices.ocop, STATISTICS, serverError());
        stub(FakeServices.campaign, "/api/v1/surveys/statistics?province=35&year=2025", json("{\"surveys\":3}"));
        stub(FakeServices.campaign, "/api/v1/contributions/totals?province=35", json("{\"workdays\":1200}"));

        for (int call = 1; call <= 10; call++) {
            dashboard().then().statusCode(200).body("meta.partial", equalTo(true)).body("meta.parts.ocop", equalTo("UNAVAILABLE"));
        }
        FakeServices.ocop.verify(10, getRequestedFor(urlEqualTo(STATISTICS)));

        // open now: the next dashboards skip ocop-service, the other parts still come
        for (int call = 1; call <= 3; call++) {
            dashboard().then().statusCode(200)
                    .body("progress.communes", equalTo(88))
                    .body("surveys.surveys", equalTo(3))
                    .body("ocop", nullValue())
                    .body("meta.unavailable", contains("ocop"))
                    .body("meta.parts.ocop", equalTo("UNAVAILABLE"));
        }
        FakeServices.ocop.verify(10, getRequestedFor(urlEqualTo(STATISTICS)));
        FakeServices.communes.verify(13, getRequestedFor(urlEqualTo("/api/v1/provinces/35/progress?year=2025")));
    }

    private static io.restassured.response.Response dashboard() {
        return given().queryParam("year", 2025).when().get("/api/v1/views/provinces/35/dashboard");
    }
}
