package vn.ntm.gateway.ratelimit;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.problem.Problems;
import vn.ntm.gateway.auth.BearerTokenFilter;
import vn.ntm.gateway.GatewayConfig;

/**
 * Rate limits every {@code /api/} request, passed through or answered by the gateway, per client: its
 * {@code X-API-Key}, else the subject of its validated bearer token, else its address. Every answer says where the client stands ({@code X-RateLimit-Limit},
 * {@code X-RateLimit-Remaining}, {@code X-RateLimit-Reset} in seconds until the bucket is full again); a refused
 * request gets a 429 problem with {@code Retry-After} in seconds.
 *
 * <p>Runs after CORS (priority 300), so preflights are not counted and a 429 still carries the CORS headers a
 * browser needs to read it.
 */
@ApplicationScoped
public class RateLimitFilter {

    public static final String API_KEY_HEADER = "X-API-Key";
    static final int PRIORITY = 200;
    // Keys end up as cache keys: accept plain tokens only; anything else counts against the caller's address.
    private static final Pattern ACCEPTED_KEY = Pattern.compile("[A-Za-z0-9._~+/=\\-]{1,200}");

    private final RateLimiter limiter;
    private final boolean enabled;

    RateLimitFilter(RateLimiter limiter, GatewayConfig config) {
        this.limiter = limiter;
        this.enabled = config.rateLimit().enabled();
    }

    void register(@Observes Filters filters) {
        filters.register(this::limit, PRIORITY);
    }

    private void limit(RoutingContext rc) {
        if (!enabled || !rc.normalizedPath().startsWith("/api/")) {
            rc.next();
            return;
        }
        String key = rc.request().getHeader(API_KEY_HEADER);
        if (key != null && !ACCEPTED_KEY.matcher(key).matches()) {
            key = null;
        }
        String subject = rc.get(BearerTokenFilter.SUBJECT);
        if (key == null && subject != null) {
            // a validated token identifies the client better than its address (and cannot be made up like a key)
            key = "subject:" + subject;
        }
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
        RateLimiter.Decision decision = limiter.consume(key, address);
        HttpServerResponse response = rc.response();
        response.putHeader("X-RateLimit-Limit", Long.toString(decision.limit()));
        response.putHeader("X-RateLimit-Remaining", Long.toString(decision.remaining()));
        response.putHeader("X-RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (decision.allowed()) {
            rc.next();
            return;
        }
        response.putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        Problems.end(rc, ProblemType.RATE_LIMITED, "Too many requests from this client: the limit is " + decision.limit()
                + " requests per " + decision.period().toSeconds() + " s. Retry after " + decision.retryAfterSeconds() + " s.");
    }
}
