package vn.ntm.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.problem.Problems;
import vn.ntm.common.requestid.RequestIdFilter;

/**
 * Refuses a body whose declared length is over the limit with a 413 problem, before reading it.
 * Chunked bodies without a length are cut by {@code quarkus.http.limits.max-body-size}.
 */
@ApplicationScoped
public class BodySizeFilter {

    private final long maxBytes;

    BodySizeFilter(HttpLimits limits) {
        this.maxBytes = limits.maxBodySize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, RequestIdFilter.PRIORITY - 1);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader("Content-Length");
        if (length != null && isOver(length)) {
            Problems.end(rc, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body has " + length + " bytes; the limit is " + maxBytes + " bytes.");
            return;
        }
        rc.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
