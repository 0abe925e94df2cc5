package vn.ntm.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class FoundationTest {

    @Test
    void livenessAndMetrics() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiIsServed() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200).body("openapi", notNullValue());
    }

    @Test
    void unknownRouteIsAProblem() {
        given().when().get("/nowhere").then().statusCode(404).contentType("application/problem+json").body("requestId", notNullValue());
    }
}
