package vn.ntm.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with a key pair made once per test JVM. As a test resource it points the service's
 * JWT verification at that key. {@link #foreign} tokens are signed by another key; {@link #expired} ones are too old.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {

    public static final String ISSUER = "https://ntm.example/dev";

    private static KeyPair trusted;
    private static KeyPair foreignKey;

    @Override
    public Map<String, String> start() {
        keys();
        // inline key: in test mode Quarkus would otherwise install its own in-memory key pair, which wins over a location
        return Map.of(
                "mp.jwt.verify.publickey", Base64.getEncoder().encodeToString(trusted.getPublic().getEncoded()),
                "mp.jwt.verify.issuer", ISSUER);
    }

    @Override
    public void stop() {
        // the key pair lives as long as the JVM
    }

    /** A token with one role and its scope; {@code province} or {@code commune} may be null. */
    public static String token(String role, String province, String commune) {
        return sign(claims(role, province, commune), keys().getPrivate());
    }

    /** A citizen's token for one household of one commune. */
    public static String citizen(String province, String commune, String household) {
        return sign(claims("CITIZEN", province, commune).claim("household", household), keys().getPrivate());
    }

    /** An OCOP council member's token at a council level. */
    public static String ocopCouncil(String province, String level) {
        return sign(claims("OCOP_COUNCIL_MEMBER", province, null).claim("ocopLevel", level), keys().getPrivate());
    }

    /**
     * A token for a named subject with one role and the given claims (e.g. {@code province}, {@code ocopLevel}): several
     * distinct principals of the same role and scope, such as the members of one OCOP council.
     */
    public static String tokenFor(String subject, String role, Map<String, String> claims) {
        JwtClaimsBuilder builder = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(role)).expiresIn(3600);
        claims.forEach(builder::claim);
        return sign(builder, keys().getPrivate());
    }

    public static String expired(String role, String province, String commune) {
        JwtClaimsBuilder claims = claims(role, province, commune)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600));
        return sign(claims, keys().getPrivate());
    }

    public static String foreign(String role, String province, String commune) {
        return sign(claims(role, province, commune), foreign().getPrivate());
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JwtClaimsBuilder claims(String role, String province, String commune) {
        String subject = "test." + role.toLowerCase() + (province == null ? "" : "." + province) + (commune == null ? "" : "." + commune);
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(role)).expiresIn(3600);
        if (province != null) {
            claims.claim("province", province);
        }
        if (commune != null) {
            claims.claim("commune", commune);
        }
        return claims;
    }

    private static String sign(JwtClaimsBuilder claims, java.security.PrivateKey key) {
        return claims.jws().sign(key);
    }

    private static synchronized KeyPair keys() {
        if (trusted == null) {
            trusted = generate();
        }
        return trusted;
    }

    private static synchronized KeyPair foreign() {
        if (foreignKey == null) {
            foreignKey = generate();
        }
        return foreignKey;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
