package vn.ntm.ocop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.DatabaseProxyResource;
import vn.ntm.common.testing.TestTokens;

/**
 * Issue 14: with PostgreSQL unreachable (connections cut and refused by a proxy) a request is a 503
 * dependency-unavailable with Retry-After, never a 500; readiness shows the database DOWN; once it is back the service
 * answers again without a restart.
 */
@QuarkusTest
@TestProfile(DatabaseDownTest.ThroughProxy.class)
class DatabaseDownTest {

    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxyResource.class), new TestResourceEntry(TestTokens.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Test
    void aLostDatabaseIsA503AndTheServiceRecoversWithoutARestart() throws Exception {
        given().get("/api/v1/ocop/products").then().statusCode(200);

        DatabaseProxyResource.proxy.cut();
        try {
            for (int i = 0; i < 3; i++) { // the pooled connections die, then new ones are refused
                given().get("/api/v1/ocop/products").then().statusCode(503)
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
            status = given().get("/api/v1/ocop/products").statusCode();
            if (status != 200) {
                Thread.sleep(200);
            }
        }
        given().get("/api/v1/ocop/products").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
