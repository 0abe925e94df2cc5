package vn.ntm.common.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(TestTokens.class)
class SecurityTest {

    private static final String PATH = "/api/v1/secured/provinces/30/communes/10657";

    @Test
    void noTokenIs401Problem() {
        given().when().post(PATH).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("requestId", notNullValue());
    }

    @Test
    void expiredAndForeignTokensAre401() {
        given().header("Authorization", TestTokens.bearer(TestTokens.expired("PROVINCE_OFFICER", "30", null)))
                .when().post(PATH).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.foreign("PROVINCE_OFFICER", "30", null)))
                .when().post(PATH).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void wrongRoleIs403Problem() {
        given().header("Authorization", TestTokens.bearer(TestTokens.token("CITIZEN", "30", "10657")))
                .when().post(PATH).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void otherProvinceOrCommuneIs403() {
        given().header("Authorization", TestTokens.bearer(TestTokens.token("PROVINCE_OFFICER", "31", null)))
                .when().post(PATH).then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.token("COMMUNE_OFFICER", "30", "10660")))
                .when().post(PATH).then().statusCode(403);
    }

    @Test
    void scopedOfficerActsAsItself() {
        given().header("Authorization", TestTokens.bearer(TestTokens.token("PROVINCE_OFFICER", "30", null)))
                .when().post(PATH).then().statusCode(200)
                .body("actor", equalTo("test.province_officer.30")).body("roles", equalTo("PROVINCE_OFFICER"));
        given().header("Authorization", TestTokens.bearer(TestTokens.token("COMMUNE_OFFICER", "30", "10657")))
                .when().post(PATH).then().statusCode(200);
    }
}
