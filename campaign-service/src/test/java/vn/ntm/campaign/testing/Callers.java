package vn.ntm.campaign.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.TestTokens;

/**
 * Bearer tokens of the people who use this service, signed by {@link TestTokens}, scoped as real tokens are: a province
 * officer to its province, a commune officer and a Front surveyor to their commune (and its province), a citizen to
 * its commune and household.
 */
public final class Callers {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, String> SURVEY_COMMUNES = new ConcurrentHashMap<>();

    private Callers() {
    }

    /** A request sent with the token. */
    public static RequestSpecification as(String token) {
        return given().header("Authorization", TestTokens.bearer(token));
    }

    public static String administrator() {
        return TOKENS.computeIfAbsent("admin", k -> TestTokens.token(Roles.ADMINISTRATOR, null, null));
    }

    public static String provinceOfficer(String province) {
        return TOKENS.computeIfAbsent("prov:" + province, k -> TestTokens.token(Roles.PROVINCE_OFFICER, province, null));
    }

    /** The commune officer of a commune; its province is the one the communes-service fake gives it. */
    public static String communeOfficer(String commune) {
        return TOKENS.computeIfAbsent("commune:" + commune,
                k -> TestTokens.token(Roles.COMMUNE_OFFICER, CommunesServiceMock.provinceOf(commune), commune));
    }

    /** The Front surveyor of a commune; its province is the one the communes-service fake gives it. */
    public static String surveyor(String commune) {
        return TOKENS.computeIfAbsent("front:" + commune,
                k -> TestTokens.token(Roles.FRONT_SURVEYOR, CommunesServiceMock.provinceOf(commune), commune));
    }

    /** The Front surveyor of the commune of a recorded survey (read once through the public API). */
    public static String surveyorOf(String surveyId) {
        String commune = SURVEY_COMMUNES.computeIfAbsent(surveyId,
                id -> given().get("/api/v1/surveys/" + id).then().statusCode(200).extract().path("communeCode"));
        return surveyor(commune);
    }

    public static String citizen(String commune, String household) {
        return TestTokens.citizen(CommunesServiceMock.provinceOf(commune), commune, household);
    }
}
