package vn.ntm.communes;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.TestTokens;

/**
 * The officials the tests act as: requests carrying a bearer token signed by {@link TestTokens}, so the real JWT
 * verification runs. Tokens are made once per role and scope.
 */
public final class Callers {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Callers() {
    }

    /** A request with the token of {@code role}, scoped to {@code province} and {@code commune} (either may be null). */
    public static RequestSpecification as(String role, String province, String commune) {
        return given().header("Authorization", TestTokens.bearer(token(role, province, commune)));
    }

    public static String token(String role, String province, String commune) {
        return TOKENS.computeIfAbsent(role + "|" + province + "|" + commune, k -> TestTokens.token(role, province, commune));
    }

    /** The principal name {@link TestTokens} gives that token, which the service records as the actor. */
    public static String subject(String role, String province, String commune) {
        return "test." + role.toLowerCase() + (province == null ? "" : "." + province) + (commune == null ? "" : "." + commune);
    }

    public static RequestSpecification admin() {
        return as(Roles.ADMINISTRATOR, null, null);
    }

    public static RequestSpecification provinceOfficer(String province) {
        return as(Roles.PROVINCE_OFFICER, province, null);
    }

    public static RequestSpecification communeOfficer(String province, String commune) {
        return as(Roles.COMMUNE_OFFICER, province, commune);
    }

    public static RequestSpecification appraiser(String province) {
        return as(Roles.APPRAISER, province, null);
    }

    public static RequestSpecification councilMember(String province) {
        return as(Roles.COUNCIL_MEMBER, province, null);
    }
}
