package vn.ntm.common.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The platform's ground rules, checked on each service with a database against its embedded PostgreSQL: readiness
 * that checks the database, a schema from Flyway with the search extensions, problem+json with the request id, and
 * metrics, OpenAPI and Swagger UI served. A service's {@code FoundationTest} extends this class and carries the
 * {@code @QuarkusTest} and test-resource annotations its other tests use, so that they share one application.
 */
public abstract class ServiceFoundationChecks {

    @Inject
    DataSource dataSource;

    @Test
    void readinessChecksTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void schemaComesFromFlyway() throws Exception {
        assertThat(count("SELECT count(*) FROM flyway_schema_history WHERE success")).isGreaterThanOrEqualTo(1);
        assertThat(count("SELECT count(*) FROM pg_extension WHERE extname IN ('unaccent', 'pg_trgm')")).isEqualTo(2);
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

    private int count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
