package vn.ntm.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.FakeServices;

/** The mobile web client (origin from configuration) may call the API from the browser; other origins may not. */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class CorsTest {

    private static final String APP = "https://app.ntm.example";

    @Test
    void preflightFromTheMobileClientIsAllowedAndAnsweredByTheGateway() {
        given().header("Origin", APP)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "content-type,if-match,x-api-key")
                .when().options("/api/v1/ocop/products/2a9d7c3e-1111-4c3e-9d2f-000000000002")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        FakeServices.ocop.verify(0, anyRequestedFor(urlEqualTo("/api/v1/ocop/products/2a9d7c3e-1111-4c3e-9d2f-000000000002")));
    }

    @Test
    void answersCarryCorsHeadersAndExposeTheGatewayHeaders() {
        FakeServices.communes.stubFor(get(urlEqualTo("/api/v1/communes/10666"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"code\":\"10666\"}")));

        given().header("Origin", APP).when().get("/api/v1/communes/10666")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", APP)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"))
                .header("Access-Control-Expose-Headers", containsString("X-RateLimit-Remaining"))
                .body("code", equalTo("10666"));
    }

    @Test
    void otherOriginsAreNotAllowed() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/api/v1/ocop/products/2a9d7c3e-1111-4c3e-9d2f-000000000003")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
