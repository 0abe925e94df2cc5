package vn.ntm.gateway.auth;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.problem.Problems;

/**
 * Validates the bearer token of every {@code /api/} request at the edge (signature, issuer, expiry, with the same
 * SmallRye JWT settings as the services) and refuses a bad one with a 401 problem before it reaches a service.
 * A valid token is forwarded unchanged and each service validates it again and decides what its roles allow;
 * a request without a token goes on as anonymous (published data is readable without one).
 *
 * <p>Runs before the rate limiter, which then counts an authenticated caller by its subject.
 */
@ApplicationScoped
public class BearerTokenFilter {

    /** Routing-context key of the authenticated subject. */
    public static final String SUBJECT = "ntm.subject";
    static final int PRIORITY = 250;

    private final JWTParser parser;

    BearerTokenFilter(JWTParser parser) {
        this.parser = parser;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext rc) {
        String authorization = rc.request().getHeader("Authorization");
        if (authorization == null || !rc.normalizedPath().startsWith("/api/")) {
            rc.next();
            return;
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse(rc, "Only bearer tokens are accepted: Authorization: Bearer <JWT>.");
            return;
        }
        try {
            JsonWebToken token = parser.parse(authorization.substring(7).trim());
            rc.put(SUBJECT, token.getSubject());
            rc.next();
        } catch (ParseException e) {
            refuse(rc, "The bearer token is invalid or expired.");
        }
    }

    private static void refuse(RoutingContext rc, String detail) {
        rc.response().putHeader("WWW-Authenticate", "Bearer");
        Problems.end(rc, ProblemType.UNAUTHORIZED, detail);
    }
}
