package vn.ntm.common.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(WireMockResource.class)
class ProblemAndRequestIdTest {

    @Test
    void malformedJsonIsAProblemWithRequestId() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Đồng Lạc\",").header("X-Request-Id", "abc-123")
                .when().post("/api/v1/samples")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .header("X-Request-Id", "abc-123")
                .body("type", equalTo("https://ntm.example/problems/malformed-body"))
                .body("status", equalTo(400))
                .body("requestId", equalTo("abc-123"))
                .body("instance", equalTo("/api/v1/samples"));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Đồng Lạc\", \"level\": \"GOLD\"}")
                .when().post("/api/v1/samples")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("level"))
                .body("errors[0].message", containsString("NTM, ADVANCED, MODEL"))
                .body("requestId", notNullValue());
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Đồng Lạc\", \"level\": \"NTM\", \"count\": \"many\"}")
                .when().post("/api/v1/samples")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("count"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Đồng Lạc\", \"level\": \"NTM\", \"since\": \"30/04/2025\"}")
                .when().post("/api/v1/samples")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void beanValidationListsEveryField() {
        given().contentType(ContentType.JSON).body("{\"name\": \" \", \"count\": 101, \"items\": [{\"code\": \"\"}]}")
                .when().post("/api/v1/samples")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("level"))
                .body("errors.field", hasItem("count"))
                .body("errors.field", hasItem("items[0].code"));
    }

    @Test
    void validBodyPasses() {
        given().contentType(ContentType.JSON).body("{\"name\": \"Đồng Lạc\", \"level\": \"MODEL\"}")
                .when().post("/api/v1/samples")
                .then().statusCode(201).body("name", equalTo("Đồng Lạc"));
    }

    @Test
    void invalidQueryParameterIsA400() {
        given().queryParam("size", 500).when().get("/api/v1/samples")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        given().queryParam("page", "x").when().get("/api/v1/samples")
                .then().statusCode(400).contentType("application/problem+json")
                .body("requestId", notNullValue());
        given().when().get("/api/v1/samples").then().statusCode(200)
                .body("size", equalTo(20)).body("page", equalTo(0)).body("totalItems", equalTo(1));
    }

    @Test
    void unknownEnumQueryValueNamesTheValueNotTheClass() {
        given().queryParam("level", "GOLD").when().get("/api/v1/samples/by-level")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("unknown value 'GOLD'"))
                .body("detail", not(containsString("vn.ntm")));
        given().queryParam("level", "MODEL").when().get("/api/v1/samples/by-level")
                .then().statusCode(200).body("level", equalTo("MODEL"));
    }

    @Test
    void unknownRouteIsA404Problem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/not-found"))
                .body("requestId", notNullValue());
        given().when().get("/elsewhere")
                .then().statusCode(404).contentType("application/problem+json")
                .body("requestId", notNullValue());
    }

    @Test
    void wrongMethodAndMediaTypeAreProblems() {
        given().when().delete("/api/v1/samples")
                .then().statusCode(405).contentType("application/problem+json");
        given().contentType(ContentType.XML).body("<a/>").when().post("/api/v1/samples")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void notFoundAndConflictFromRules() {
        given().when().get("/api/v1/samples/10630")
                .then().statusCode(404).body("detail", equalTo("Sample '10630' does not exist."));
        given().when().get("/api/v1/samples/conflict")
                .then().statusCode(409).body("type", equalTo("https://ntm.example/problems/conflict"));
    }

    @Test
    void unexpectedErrorLeaksNothing() {
        given().when().get("/api/v1/samples/boom")
                .then().statusCode(500).contentType("application/problem+json")
                .body("detail", not(containsString("SELECT")))
                .body(not(containsString("IllegalStateException")))
                .body("requestId", notNullValue());
    }

    @Test
    void oversizeBodyIsA413Problem() {
        String big = "{\"name\": \"" + "x".repeat(2000) + "\", \"level\": \"NTM\"}";
        given().contentType(ContentType.JSON).body(big).when().post("/api/v1/samples")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/payload-too-large"))
                .body("requestId", notNullValue());
    }

    @Test
    void requestIdIsGeneratedEchoedAndForwardedDownstream() {
        WireMockResource.server.stubFor(get(urlEqualTo("/ping")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"pong\": \"yes\"}")));

        given().header("X-Request-Id", "trace-42").when().get("/api/v1/samples/relay/downstream")
                .then().statusCode(200).header("X-Request-Id", "trace-42");
        WireMockResource.server.verify(getRequestedFor(urlEqualTo("/ping")).withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.equalTo("trace-42")));

        String generated = given().when().get("/api/v1/samples/relay/downstream")
                .then().statusCode(200).extract().header("X-Request-Id");
        assertThat(generated).isNotBlank().isNotEqualTo("trace-42");
        WireMockResource.server.verify(getRequestedFor(urlEqualTo("/ping")).withHeader("X-Request-Id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(generated)));
    }

    @Test
    void unsafeRequestIdIsReplaced() {
        String answered = given().header("X-Request-Id", "bad id\r\nInjected: yes").when().get("/api/v1/samples")
                .then().statusCode(200).extract().header("X-Request-Id");
        assertThat(answered).doesNotContain("Injected").doesNotContain(" ");
    }
}
