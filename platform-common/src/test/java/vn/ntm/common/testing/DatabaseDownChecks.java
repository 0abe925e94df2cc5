package vn.ntm.common.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, the same for every service: with PostgreSQL unreachable (connections cut and refused by a
 * {@link TcpProxy}) a request is a 503 dependency-unavailable with Retry-After, never a 500; readiness shows the
 * database DOWN; once it is back the service answers again without a restart.
 *
 * <p>A service's test is a subclass annotated {@code @QuarkusTest @TestProfile(...)} (e.g. {@link BehindProxy}) that
 * names a read which touches the database ({@link #probePath()}).
 */
public abstract class DatabaseDownChecks {

    /** The database behind the proxy, a token signer, and no other test resource. */
    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxyResource.class), new TestResourceEntry(TestTokens.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** A GET that reads the database and answers 200 while it is up. */
    protected abstract String probePath();

    /** The caller of the probe; anonymous unless the probe needs a token. */
    protected RequestSpecification caller() {
        return given();
    }

    @Test
    void aLostDatabaseIsA503AndTheServiceRecoversWithoutARestart() throws Exception {
        caller().get(probePath()).then().statusCode(200);

        DatabaseProxyResource.proxy.cut();
        try {
            for (int i = 0; i < 3; i++) { // the pooled connections die, then new ones are refused
                caller().get(probePath()).then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", notNullValue())
                        .body("type", equalTo("https://ntm.example/problems/dependency-unavailable"))
                        .body("context.outcome", equalTo("not-recorded"));
            }
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            DatabaseProxyResource.proxy.restore();
        }

        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 200; attempt++) {
            status = caller().get(probePath()).statusCode();
            if (status != 200) {
                Thread.sleep(200); // the pool needs a moment to open new connections; polled, not asserted on time
            }
        }
        caller().get(probePath()).then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
