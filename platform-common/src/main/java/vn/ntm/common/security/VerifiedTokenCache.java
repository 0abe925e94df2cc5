package vn.ntm.common.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens already verified (signature, issuer, expiry), each remembered until its own {@code exp} and never
 * later, so that a client's next requests with the same token skip the RSA verification. Only verified tokens are
 * remembered: a token that fails is verified (and refused) again each time, and any other string, a token changed by
 * one character included, is a different key that goes to the verifier. A token without {@code exp} is never
 * remembered. When {@code mp.jwt.verify.token.age} is set, a token is forgotten when it becomes too old as well.
 *
 * <p>What is remembered is a {@link SharedJsonWebToken}, safe to hand to concurrent requests. Note that a token
 * verified once stays accepted until its expiry even if the verification key is replaced meanwhile.
 */
@ApplicationScoped
public class VerifiedTokenCache {

    /** The verification a remembered token skips (the default JWT parser's). */
    @FunctionalInterface
    public interface Verifier {
        JsonWebToken verify(String token) throws ParseException;
    }

    private record Verified(SharedJsonWebToken token, Instant expiresAt) {
    }

    private final boolean enabled;
    private final Duration maxTokenAge;
    private final Clock clock;
    private final Cache<String, Verified> verified;

    @Inject
    VerifiedTokenCache(TokenCacheConfig config, Instance<JWTAuthContextInfo> verification) {
        this(config, tokenAge(verification), Clock.systemUTC(), Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    /**
     * @param maxTokenAge how long after {@code iat} the verifier still accepts a token, or {@code null}
     * @param clock the wall clock that {@code exp} is compared with
     * @param ticker the cache's clock for expiring entries: the same time as {@code clock}, in nanoseconds
     */
    VerifiedTokenCache(TokenCacheConfig config, Duration maxTokenAge, Clock clock, Ticker ticker, Executor executor) {
        this.enabled = config.enabled();
        this.maxTokenAge = maxTokenAge;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.maxEntries())
                .expireAfter(new UntilExpiry(clock))
                .ticker(ticker)
                .executor(executor)
                .build();
    }

    /**
     * The verified token for this string: the remembered one while it has not expired, otherwise the verifier's
     * answer (remembered when it carries an expiry still ahead). The verifier's {@link ParseException} passes unchanged.
     */
    public JsonWebToken verified(String token, Verifier verifier) throws ParseException {
        if (!enabled) {
            return verifier.verify(token);
        }
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            // the cache's ticker may lag the wall clock (a suspended machine): exp decides
            if (clock.instant().isBefore(known.expiresAt())) {
                return known.token();
            }
            verified.invalidate(token);
        }
        JsonWebToken fresh = verifier.verify(token);
        SharedJsonWebToken shared = SharedJsonWebToken.of(fresh);
        Instant expiresAt = expiresAt(shared);
        if (expiresAt != null && clock.instant().isBefore(expiresAt)) {
            verified.put(token, new Verified(shared, expiresAt));
        }
        return shared;
    }

    /** Whether this token string is remembered as verified now (for tests and diagnostics). */
    public boolean remembers(String token) {
        Verified known = verified.getIfPresent(token);
        return known != null && clock.instant().isBefore(known.expiresAt());
    }

    /** How many tokens are remembered, expired ones not yet dropped included (for tests and diagnostics). */
    public long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private Instant expiresAt(JsonWebToken token) {
        Long exp = epochSeconds(token.getClaim(Claims.exp.name()));
        if (exp == null) {
            return null;
        }
        Instant expiresAt = Instant.ofEpochSecond(exp);
        Long iat = epochSeconds(token.getClaim(Claims.iat.name()));
        if (maxTokenAge != null && iat != null) {
            Instant tooOld = Instant.ofEpochSecond(iat).plus(maxTokenAge);
            if (tooOld.isBefore(expiresAt)) {
                expiresAt = tooOld;
            }
        }
        return expiresAt;
    }

    /** A NumericDate claim; smallrye-jwt answers 0 for an absent one. */
    private static Long epochSeconds(Object claim) {
        long seconds;
        if (claim instanceof Number number) {
            seconds = number.longValue();
        } else if (claim instanceof JsonNumber number) {
            seconds = number.longValue();
        } else {
            return null;
        }
        return seconds > 0 ? seconds : null;
    }

    private static Duration tokenAge(Instance<JWTAuthContextInfo> verification) {
        if (!verification.isResolvable()) {
            return null;
        }
        Long seconds = verification.get().getTokenAge();
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    /** Each entry lives until its token's expiry, measured on the wall clock when it is stored. */
    private record UntilExpiry(Clock clock) implements Expiry<String, Verified> {

        /** Caffeine's nanosecond durations overflow beyond ~290 years; no token lives this long anyway. */
        private static final Duration LONGEST = Duration.ofDays(36_500);

        @Override
        public long expireAfterCreate(String token, Verified entry, long currentTime) {
            Duration left = Duration.between(clock.instant(), entry.expiresAt());
            if (left.isNegative()) {
                return 0;
            }
            return left.compareTo(LONGEST) > 0 ? LONGEST.toNanos() : left.toNanos();
        }

        @Override
        public long expireAfterUpdate(String token, Verified entry, long currentTime, long currentDuration) {
            return expireAfterCreate(token, entry, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Verified entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
