package vn.ntm.common.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Positive;

/**
 * How verified bearer tokens are remembered ({@link VerifiedTokenCache}). Verifying a token's RSA signature and claims
 * costs more than many requests' own work, and a client sends the same token until it expires.
 */
@ConfigMapping(prefix = "ntm.security.token-cache")
public interface TokenCacheConfig {

    /** Remember verified tokens until their {@code exp}; {@code false} verifies every request's token again. */
    @WithDefault("true")
    boolean enabled();

    /** At most this many tokens are remembered; the least useful are dropped first. */
    @WithDefault("10000")
    @Positive
    long maxEntries();
}
