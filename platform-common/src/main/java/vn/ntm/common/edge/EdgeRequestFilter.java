package vn.ntm.common.edge;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ntm.common.requestid.RequestIds;

/**
 * Refuses, with a 400 problem, a request whose path, query or headers hold what PostgreSQL would reject (NUL,
 * invalid UTF-8) or what no URI may hold (see {@link EdgeInput}).
 *
 * <p>A JAX-RS pre-matching filter rather than a Vert.x one on purpose: it runs before the idempotency filter and the
 * resource touch the database (pre-matching filters run before all others, and this one first among them), and
 * because it answers inside JAX-RS, the audit response filter still records the refused write (AuditTrail stores the
 * path with any NUL replaced). The gateway's pass-through routes, which never reach JAX-RS, apply the same checks.
 */
public class EdgeRequestFilter {

    /** Before every other request filter of the platform (lower runs first). */
    public static final int PRIORITY = 10;

    @ServerRequestFilter(preMatching = true, priority = PRIORITY)
    public Optional<Response> check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        EdgeInput.Refusal refusal = EdgeInput.checkTarget(request.path(), request.query());
        if (refusal == null) {
            refusal = EdgeInput.checkHeaders(request.headers());
        }
        if (refusal == null) {
            return Optional.empty();
        }
        String requestId = rc.get(RequestIds.CONTEXT_KEY);
        return Optional.of(EdgeAnswers.response(refusal, EdgeAnswers.instance(rc), requestId));
    }
}
