package vn.ntm.common.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import vn.ntm.common.http.HttpLimits;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.requestid.RequestIdFilter;

/**
 * The size limits of a request's head, answered with a problem before anything reads further: a target longer than
 * {@code ntm.http.max-uri-length} gets 414, headers larger than {@code ntm.http.max-header-size} get 431. Netty's hard
 * limits are set higher (platform-common's microprofile-config.properties) so that these problem answers, not
 * Netty's empty ones, are what a caller sees for any request Netty can still parse.
 *
 * <p>It also refuses, with a 400 malformed-uri problem, a target that {@code java.net.URI} cannot parse: the check
 * Quarkus' root handler would make with an empty 400 (switched off by {@link UriCheckHandover}), made here instead so
 * that the same requests are refused, with a problem and a request id, before any route sees them.
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
        EdgeInput.Refusal malformed = malformed(rc, uri);
        if (malformed != null) {
            EdgeAnswers.end(rc, malformed);
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

    /** Null when {@code java.net.URI} accepts the target; else a refusal naming the part at fault where it can. */
    private static EdgeInput.Refusal malformed(RoutingContext rc, String uri) {
        if (uri == null || rc.request().method() == HttpMethod.CONNECT) {
            return null; // Quarkus' check leaves these alone too
        }
        try {
            new URI(uri);
            return null;
        } catch (URISyntaxException e) {
            int query = uri.indexOf('?');
            EdgeInput.Refusal named = EdgeInput.checkTarget(query < 0 ? uri : uri.substring(0, query),
                    query < 0 ? null : uri.substring(query + 1));
            if (named != null) {
                return named;
            }
            return new EdgeInput.Refusal(ProblemType.MALFORMED_URI, "The request target is not a valid URI: escape '%' as"
                    + " %25 and characters such as '|', '{', '\\' or a space as %XX.", null);
        }
    }
}
