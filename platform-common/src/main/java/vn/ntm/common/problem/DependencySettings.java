package vn.ntm.common.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How a service answers while another service it needs does not. */
@ConfigMapping(prefix = "ntm.dependency")
public interface DependencySettings {

    /**
     * The {@code Retry-After} of a 503 {@code dependency-unavailable}. Ten seconds: the delay after which the guarded
     * REST clients' circuit breakers let a trial call through again, so a client that honours it does not retry
     * against a breaker that is still open.
     */
    @WithDefault("PT10S")
    Duration retryAfter();
}
