package vn.ntm.common.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import vn.ntm.common.security.SharedJsonWebToken;
import vn.ntm.common.security.VerifiedTokenCache;
import vn.ntm.common.testing.TestTokens;

/**
 * The application's {@link JWTParser} bean is decorated with the verified-token cache, and the bearer tokens of HTTP
 * requests (Quarkus' MpJwtValidator) go through it: what a service and the gateway use.
 */
@QuarkusTest
@QuarkusTestResource(TestTokens.class)
class TokenCacheTest {

    private static final String PATH = "/api/v1/secured/provinces/30/communes/10657";

    @Inject
    JWTParser parser;

    @Inject
    VerifiedTokenCache cache;

    @Test
    void parserBeanAnswersARememberedTokenWithoutVerifyingItAgain() throws ParseException {
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);

        JsonWebToken first = parser.parse(token);
        JsonWebToken second = parser.parse(token);

        // the undecorated parser makes a new principal on each verification
        assertThat(second).isSameAs(first).isInstanceOf(SharedJsonWebToken.class);
        assertThat(cache.remembers(token)).isTrue();
    }

    @Test
    void parserBeanRefusesTamperedAndForeignTokensEvenWhenTheOriginalIsRemembered() throws ParseException {
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);
        parser.parse(token);
        int signature = token.lastIndexOf('.') + 1;
        String tampered = token.substring(0, signature) + (token.charAt(signature) == 'A' ? 'B' : 'A')
                + token.substring(signature + 1);

        assertThatThrownBy(() -> parser.parse(tampered)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> parser.parse(TestTokens.foreign("PROVINCE_OFFICER", "30", null)))
                .isInstanceOf(ParseException.class);
        assertThat(cache.remembers(tampered)).isFalse();
    }

    @Test
    void requestsBearerTokenIsRememberedAndEachRequestGetsItsOwnScope() {
        String province30 = TestTokens.token("PROVINCE_OFFICER", "30", null);
        String province31 = TestTokens.token("PROVINCE_OFFICER", "31", null);

        for (int round = 0; round < 2; round++) {
            given().header("Authorization", TestTokens.bearer(province30)).when().post(PATH)
                    .then().statusCode(200).body("actor", equalTo("test.province_officer.30"));
            // the scope check reads the province that ScopeClaimsAugmentor copied from this request's token
            given().header("Authorization", TestTokens.bearer(province31)).when().post(PATH)
                    .then().statusCode(403);
        }

        assertThat(cache.remembers(province30)).isTrue();
        assertThat(cache.remembers(province31)).isTrue();
    }

    @Test
    void requestWithATamperedTokenIs401AfterTheOriginalWasRemembered() {
        String token = TestTokens.token("COMMUNE_OFFICER", "30", "10657");
        given().header("Authorization", TestTokens.bearer(token)).when().post(PATH).then().statusCode(200);
        int middle = (token.indexOf('.') + token.lastIndexOf('.')) / 2;
        String tampered = token.substring(0, middle) + (token.charAt(middle) == 'A' ? 'B' : 'A') + token.substring(middle + 1);

        given().header("Authorization", TestTokens.bearer(tampered)).when().post(PATH)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.expired("COMMUNE_OFFICER", "30", "10657")))
                .when().post(PATH).then().statusCode(401).contentType("application/problem+json");
    }
}
