package vn.ntm.common.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import vn.ntm.common.http.HttpLimits;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.requestid.RequestIdFilter;

/**
 * The size limits of a request's head, answered with a problem before anything reads further: a target longer than
 * {@code ntm.http.max-uri-length} gets 414, headers larger than {@code ntm.http.max-header-size} get 431. Netty's hard
 * limits are set higher (platform-common's microprofile-config.properties) so that these problem answers, not
 * Netty's empty ones, are what a caller sees for any request Netty can still parse.
 */
@ApplicationScoped
public class EdgeGuard {

    /** Right after the request id is assigned, before the body-size check and every other filter. */
    public static final int PRIORITY = RequestIdFilter.PRIORITY - 1;

    private final int maxUriLength;
    private final long maxHeaderSize;

    EdgeGuard(HttpLimits limits) {
        this.maxUriLength = limits.maxUriLength();
        this.maxHeaderSize = limits.maxHeaderSize().asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext rc) {
        String uri = rc.request().uri();
        if (uri != null && uri.length() > maxUriLength) {
            EdgeAnswers.end(rc, new EdgeInput.Refusal(ProblemType.URI_TOO_LONG, "The request target has " + uri.length()
                    + " characters; the limit is " + maxUriLength + ".", null));
            return;
        }
        long headerSize = 0;
        for (Map.Entry<String, String> header : rc.request().headers()) {
            headerSize += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerSize > maxHeaderSize) {
            EdgeAnswers.end(rc, new EdgeInput.Refusal(ProblemType.HEADERS_TOO_LARGE, "The request headers have " + headerSize
                    + " bytes; the limit is " + maxHeaderSize + ".", null));
            return;
        }
        rc.next();
    }
}
