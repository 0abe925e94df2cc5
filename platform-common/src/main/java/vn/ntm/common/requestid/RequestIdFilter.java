package vn.ntm.common.requestid;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Gives every HTTP request an id before anything else runs, so that even answers produced outside
 * JAX-RS (413, health, unknown routes) carry it. The id goes into the MDC for the logs and into the
 * {@code X-Request-Id} response header.
 */
@ApplicationScoped
public class RequestIdFilter {

    /** Runs before every other filter of the platform. */
    public static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(this::assign, PRIORITY);
    }

    private void assign(RoutingContext rc) {
        String id = RequestIds.acceptOrGenerate(rc.request().getHeader(RequestIds.HEADER));
        rc.put(RequestIds.CONTEXT_KEY, id);
        MDC.put(RequestIds.MDC_KEY, id);
        rc.response().putHeader(RequestIds.HEADER, id);
        rc.next();
    }

    /** Blocking endpoints run on a worker thread: copy the id into its MDC too. */
    @ServerRequestFilter(preMatching = true)
    void restoreMdc(RoutingContext rc) {
        Object id = rc.get(RequestIds.CONTEXT_KEY);
        if (id != null) {
            MDC.put(RequestIds.MDC_KEY, id);
        }
    }
}
