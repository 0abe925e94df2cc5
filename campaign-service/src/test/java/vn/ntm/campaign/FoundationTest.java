package vn.ntm.campaign;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/** The platform's ground rules, checked on this service against the embedded PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(TestTokens.class)
class FoundationTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void readinessChecksTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void schemaComesFromFlyway() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(1);
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    void unknownRouteIsAProblemWithRequestId() {
        given().header("X-Request-Id", "foundation-1").when().get("/api/v1/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "foundation-1")
                .body("requestId", equalTo("foundation-1"));
    }

    @Test
    void metricsOpenApiAndSwaggerUiAreServed() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200).body("openapi", notNullValue());
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
