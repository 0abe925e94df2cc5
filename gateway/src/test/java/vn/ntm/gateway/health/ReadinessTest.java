package vn.ntm.gateway.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.FakeServices;

@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class ReadinessTest {

    @Test
    void readyWhenEveryServiceIsReady() {
        for (WireMockServer server : new WireMockServer[] {FakeServices.communes, FakeServices.ocop, FakeServices.campaign}) {
            server.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\",\"checks\":[]}")));
        }

        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("upstream-communes", "upstream-ocop", "upstream-campaign"));
    }

    @Test
    void silentServiceIsDownWithinTheHealthTimeout() {
        FakeServices.communes.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse().withFixedDelay(5_000)
                .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\",\"checks\":[]}")));
        try {
            given().when().get("/q/health/ready")
                    .then().statusCode(503)
                    .body("checks.find { it.name == 'upstream-communes' }.status", equalTo("DOWN"));
        } finally {
            FakeServices.communes.stubFor(get(urlEqualTo("/q/health/ready")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody("{\"status\":\"UP\",\"checks\":[]}")));
        }
    }
}
