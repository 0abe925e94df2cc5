package vn.ntm.gateway.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ntm.common.security.VerifiedTokenCache;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.gateway.FakeServices;

/** The gateway validates bearer tokens at the edge and forwards valid ones unchanged; services validate them again. */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = TestTokens.class, restrictToAnnotatedClass = true)
class BearerTokenTest {

    private static final String PATH = "/api/v1/communes/10657";

    @Inject
    JWTParser parser;

    @Inject
    VerifiedTokenCache verifiedTokens;

    @BeforeEach
    void stub() {
        FakeServices.communes.resetAll();
        FakeServices.communes.stubFor(WireMock.get(urlPathEqualTo(PATH)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"10657\",\"name\":\"Xã Đồng Lạc\"}")));
    }

    @Test
    void validTokenIsForwardedUnchanged() {
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);
        given().header("Authorization", TestTokens.bearer(token)).when().get(PATH)
                .then().statusCode(200).body("name", equalTo("Xã Đồng Lạc"));
        String forwarded = FakeServices.communes.findAll(getRequestedFor(urlPathEqualTo(PATH))).get(0).getHeader("Authorization");
        assertThat(forwarded).isEqualTo("Bearer " + token);
    }

    @Test
    void anonymousRequestGoesThrough() {
        given().when().get(PATH).then().statusCode(200);
    }

    @Test
    void expiredForeignMalformedOrNonBearerTokensStopAtTheGateway() {
        for (String authorization : new String[] {
                TestTokens.bearer(TestTokens.expired("PROVINCE_OFFICER", "30", null)),
                TestTokens.bearer(TestTokens.foreign("PROVINCE_OFFICER", "30", null)),
                "Bearer not-a-jwt",
                "Basic dXNlcjpwYXNz"}) {
            given().header("Authorization", authorization).when().get(PATH)
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("https://ntm.example/problems/unauthorized"))
                    .body("requestId", notNullValue());
        }
        assertThat(FakeServices.communes.findAll(getRequestedFor(urlPathEqualTo(PATH)))).isEmpty();
    }

    @Test
    void validTokenIsVerifiedOnceThenRemembered() throws ParseException {
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);
        for (int request = 0; request < 2; request++) {
            given().header("Authorization", TestTokens.bearer(token)).when().get(PATH).then().statusCode(200);
        }

        // the filter's parser is the decorated bean: the token it verified is remembered, and answered as is
        assertThat(verifiedTokens.remembers(token)).isTrue();
        assertThat(parser.parse(token)).isSameAs(parser.parse(token));
    }

    @Test
    void tokenChangedByOneCharacterStopsAtTheGatewayWhileTheOriginalIsRemembered() {
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);
        given().header("Authorization", TestTokens.bearer(token)).when().get(PATH).then().statusCode(200);
        int signature = token.lastIndexOf('.') + 1;
        String tampered = token.substring(0, signature) + (token.charAt(signature) == 'A' ? 'B' : 'A')
                + token.substring(signature + 1);

        given().header("Authorization", TestTokens.bearer(tampered)).when().get(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        assertThat(FakeServices.communes.findAll(getRequestedFor(urlPathEqualTo(PATH)))).hasSize(1);
    }
}
