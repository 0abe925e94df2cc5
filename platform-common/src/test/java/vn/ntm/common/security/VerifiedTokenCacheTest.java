package vn.ntm.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.TestTokens;

/**
 * The cache in front of the real smallrye-jwt parser, with a clock the test moves: verifications are counted at the
 * parser, so a hit is a verification saved.
 */
class VerifiedTokenCacheTest {

    private static final JWTAuthContextInfo VERIFICATION = new JWTAuthContextInfo();

    static {
        VERIFICATION.setPublicKeyContent(new TestTokens().start().get("mp.jwt.verify.publickey"));
        VERIFICATION.setIssuedBy(TestTokens.ISSUER);
    }

    private final DefaultJWTParser parser = new DefaultJWTParser(VERIFICATION);
    private final FakeTime time = new FakeTime(Instant.now());
    private int verifications;

    /** The parser, counted; it judges expiry by the test's clock too (jose4j itself reads the system clock). */
    private JsonWebToken verify(String token) throws ParseException {
        verifications++;
        JsonWebToken verified = parser.parse(token);
        if (!time.instant().isBefore(Instant.ofEpochSecond(verified.getExpirationTime()))) {
            throw new ParseException("The token has expired");
        }
        return verified;
    }

    @BeforeEach
    void reset() {
        verifications = 0;
    }

    @Test
    void sameTokenVerifiedTwiceCostsOneVerification() throws ParseException {
        VerifiedTokenCache cache = cache(true, 100);
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);

        JsonWebToken first = cache.verified(token, this::verify);
        JsonWebToken second = cache.verified(token, this::verify);

        assertThat(verifications).isEqualTo(1);
        assertThat(second).isSameAs(first);
        assertThat(second.getSubject()).isEqualTo("test.province_officer.30");
        assertThat(second.getGroups()).containsExactly("PROVINCE_OFFICER");
        assertThat(second.<Object>getClaim("province")).hasToString("30");
    }

    @Test
    void rememberedTokenIsRefusedOnceTheClockPassesItsExpiry() throws ParseException {
        VerifiedTokenCache cache = cache(true, 100);
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);
        Instant exp = Instant.ofEpochSecond(cache.verified(token, this::verify).getExpirationTime());

        time.set(exp.minusSeconds(1));
        cache.verified(token, this::verify);
        assertThat(verifications).as("one second before exp the token is still remembered").isEqualTo(1);

        time.set(exp);
        assertThat(cache.remembers(token)).isFalse();
        assertThatThrownBy(() -> cache.verified(token, this::verify)).isInstanceOf(ParseException.class);
        assertThat(verifications).as("at exp the verifier is asked again, and refuses").isEqualTo(2);
    }

    @Test
    void expiredEntryIsDroppedFromTheCacheByItsTicker() throws ParseException {
        VerifiedTokenCache cache = cache(true, 100);
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);
        Instant exp = Instant.ofEpochSecond(cache.verified(token, this::verify).getExpirationTime());
        assertThat(cache.size()).isEqualTo(1);

        time.set(exp.plusSeconds(1));

        assertThat(cache.size()).isZero();
    }

    @Test
    void tokenChangedByOneCharacterIsRefusedEvenWhenTheOriginalIsRemembered() throws ParseException {
        VerifiedTokenCache cache = cache(true, 100);
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);
        cache.verified(token, this::verify);

        for (String tampered : new String[] {tamperSignature(token), tamperPayload(token)}) {
            assertThat(tampered).hasSameSizeAs(token).isNotEqualTo(token);
            assertThatThrownBy(() -> cache.verified(tampered, this::verify)).isInstanceOf(ParseException.class);
            assertThat(cache.remembers(tampered)).isFalse();
        }
        assertThat(verifications).isEqualTo(3);
        assertThat(cache.remembers(token)).isTrue();
    }

    @Test
    void tokenSignedWithAForeignKeyIsRefusedEveryTime() {
        VerifiedTokenCache cache = cache(true, 100);
        String foreign = TestTokens.foreign("PROVINCE_OFFICER", "30", null);

        for (int attempt = 1; attempt <= 2; attempt++) {
            assertThatThrownBy(() -> cache.verified(foreign, this::verify)).isInstanceOf(ParseException.class);
        }

        assertThat(verifications).as("a failure is never remembered").isEqualTo(2);
        assertThat(cache.remembers(foreign)).isFalse();
    }

    @Test
    void verifierFailurePassesUnchanged() {
        VerifiedTokenCache cache = cache(true, 100);
        ParseException refusal = new ParseException("Failed to verify token");

        assertThatThrownBy(() -> cache.verified("not-a-jwt", token -> {
            throw refusal;
        })).isSameAs(refusal);
    }

    @Test
    void disabledCacheVerifiesEveryTime() throws ParseException {
        VerifiedTokenCache cache = cache(false, 100);
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);

        cache.verified(token, this::verify);
        cache.verified(token, this::verify);

        assertThat(verifications).isEqualTo(2);
        assertThat(cache.remembers(token)).isFalse();
    }

    @Test
    void tokenWithoutExpiryIsNotRemembered() throws ParseException {
        VerifiedTokenCache cache = cache(true, 100);
        JsonWebToken noExpiry = new ClaimsOnly(Map.of("sub", "test.no-exp", "groups", Set.of("PROVINCE_OFFICER")));

        cache.verified("no-exp", token -> {
            verifications++;
            return noExpiry;
        });

        assertThat(cache.remembers("no-exp")).isFalse();
    }

    @Test
    void tokenIsForgottenWhenTooOldForTheConfiguredTokenAge() throws ParseException {
        VerifiedTokenCache cache = new VerifiedTokenCache(config(true, 100), Duration.ofMinutes(5), time, time, Runnable::run);
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);
        Instant iat = Instant.ofEpochSecond(cache.verified(token, this::verify).getIssuedAtTime());

        time.set(iat.plus(Duration.ofMinutes(5)));

        assertThat(cache.remembers(token)).isFalse();
    }

    @Test
    void sizeIsBounded() throws ParseException {
        VerifiedTokenCache cache = cache(true, 3);

        for (int i = 0; i < 10; i++) {
            cache.verified(TestTokens.token("COMMUNE_OFFICER", "30", "106" + (50 + i)), this::verify);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void sharedTokenCannotBeChangedByARequest() throws ParseException {
        VerifiedTokenCache cache = cache(true, 100);
        String token = TestTokens.token("PROVINCE_OFFICER", "30", null);
        JsonWebToken shared = cache.verified(token, this::verify);

        assertThatThrownBy(() -> shared.getGroups().add("ADMIN")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> shared.getClaimNames().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(cache.verified(token, this::verify).getGroups()).containsExactly("PROVINCE_OFFICER");
    }

    private VerifiedTokenCache cache(boolean enabled, long maxEntries) {
        return new VerifiedTokenCache(config(enabled, maxEntries), null, time, time, Runnable::run);
    }

    private static TokenCacheConfig config(boolean enabled, long maxEntries) {
        return new Settings(enabled, maxEntries);
    }

    private record Settings(boolean enabled, long maxEntries) implements TokenCacheConfig {
    }

    /** The first character of the signature changed (its last character would carry base64url padding bits). */
    static String tamperSignature(String token) {
        int i = token.lastIndexOf('.') + 1;
        return token.substring(0, i) + other(token.charAt(i)) + token.substring(i + 1);
    }

    /** One character in the middle of the claims changed: the signature no longer matches. */
    static String tamperPayload(String token) {
        int start = token.indexOf('.') + 1;
        int i = (start + token.lastIndexOf('.')) / 2;
        return token.substring(0, i) + other(token.charAt(i)) + token.substring(i + 1);
    }

    private static char other(char c) {
        return c == 'A' ? 'B' : 'A';
    }

    /** One clock for the wall time and for the cache's ticker, moved by the test. */
    private static final class FakeTime extends Clock implements Ticker {
        private Instant now;

        FakeTime(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public long read() {
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** A verified token carrying exactly these claims (no {@code exp}). */
    private record ClaimsOnly(Map<String, Object> claims) implements JsonWebToken {
        @Override
        public String getName() {
            return (String) claims.get("sub");
        }

        @Override
        public Set<String> getClaimNames() {
            return claims.keySet();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) claims.get(claimName);
        }
    }
}
