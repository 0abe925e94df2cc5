package vn.ntm.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.problem.Problems;
import vn.ntm.common.requestid.RequestIds;

/**
 * What the gateway adds to a pass-through: the forwarding headers and the body limit on the way in, and on the way
 * back a 503 problem when the service cannot be reached or stays silent past the timeout, or the gateway's own 413
 * problem when a chunked body passed the limit (the service never sees it whole, see {@link LimitedBody}). Headers that the gateway itself answers
 * with ({@code X-Request-Id}, rate-limit and CORS headers) are not duplicated from the service's answer.
 */
final class UpstreamInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamInterceptor.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final String service;
    private final long timeoutMillis;
    private final long maxBody;
    private final long maxDrain;

    UpstreamInterceptor(String service, long timeoutMillis, long maxBody, long maxDrain) {
        this.service = service;
        this.timeoutMillis = timeoutMillis;
        this.maxBody = maxBody;
        this.maxDrain = maxDrain;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        String forwardedFor = incoming.getHeader("X-Forwarded-For");
        String client = incoming.remoteAddress() == null ? null : incoming.remoteAddress().hostAddress();
        if (client != null) {
            request.putHeader("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
        }
        if (incoming.getHeader("X-Forwarded-Proto") == null) {
            request.putHeader("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
        }
        if (incoming.getHeader("X-Forwarded-Host") == null && incoming.authority() != null) {
            request.putHeader("X-Forwarded-Host", incoming.authority().toString());
        }
        LimitedBody limited = limitedBody(request);
        return context.sendRequest().recover(failure -> Future.succeededFuture(limited != null && limited.exceeded()
                ? tooLarge(request, limited) : unavailable(request, failure)));
    }

    /**
     * A body without a length is counted as it streams: a declared length over the limit was already refused by
     * the platform's body-size filter, and a body with a length cannot be longer than declared.
     */
    private LimitedBody limitedBody(ProxyRequest request) {
        HttpServerRequest incoming = request.proxiedRequest();
        String encoding = incoming.getHeader(HttpHeaders.TRANSFER_ENCODING);
        if (incoming.getHeader(HttpHeaders.CONTENT_LENGTH) != null || encoding == null
                || !encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked") || incoming.isEnded()) {
            return null;
        }
        LimitedBody limited = new LimitedBody(incoming, maxBody, maxDrain);
        request.setBody(Body.body(limited, -1));
        return limited;
    }

    private ProxyResponse tooLarge(ProxyRequest request, LimitedBody limited) {
        HttpServerRequest incoming = request.proxiedRequest();
        LOG.debugf("%s %s: chunked body over %d bytes refused", incoming.method(), incoming.path(), limited.limit());
        Problem problem = new Problem(ProblemType.PAYLOAD_TOO_LARGE.uri(), ProblemType.PAYLOAD_TOO_LARGE.title(), 413,
                "The request body is over the limit of " + limited.limit() + " bytes.", incoming.path(),
                incoming.getHeader(RequestIds.HEADER), null, null);
        return request.release().response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .setBody(Body.body(Problems.toJson(problem).toBuffer()));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap theirs = context.response().headers();
        MultiMap ours = context.request().proxiedRequest().response().headers();
        // The gateway answers these itself (set on the response before proxying); the service's copy would duplicate
        // them. Walks the gateway's few headers in place: no copy of the names, no lower-casing.
        for (Map.Entry<String, String> header : ours) {
            String name = header.getKey();
            if (isGatewayOwned(name)) {
                theirs.remove(name);
            }
        }
        return context.sendResponse();
    }

    private static boolean isGatewayOwned(String name) {
        return name.equalsIgnoreCase(RequestIds.HEADER) || name.regionMatches(true, 0, "x-ratelimit-", 0, 12)
                || name.regionMatches(true, 0, "access-control-", 0, 15);
    }

    private ProxyResponse unavailable(ProxyRequest request, Throwable failure) {
        HttpServerRequest incoming = request.proxiedRequest();
        boolean timedOut = failure instanceof java.util.concurrent.TimeoutException
                || String.valueOf(failure.getMessage()).contains("timeout");
        LOG.warnf("%s %s: %s did not answer (%s)", incoming.method(), incoming.path(), service, failure.toString());
        String detail;
        if (timedOut && !SAFE.contains(incoming.method())) {
            detail = "The " + service + " service did not answer within " + timeoutMillis + " ms; the request may or may"
                    + " not have been applied. Check its state before retrying (send an Idempotency-Key to retry safely).";
        } else if (timedOut) {
            detail = "The " + service + " service did not answer within " + timeoutMillis + " ms. Try again later.";
        } else {
            detail = "The " + service + " service is unavailable. Try again later.";
        }
        Problem problem = new Problem(ProblemType.DEPENDENCY_UNAVAILABLE.uri(), ProblemType.DEPENDENCY_UNAVAILABLE.title(),
                503, detail, incoming.path(), incoming.getHeader(RequestIds.HEADER), null, Map.of("dependency", service));
        Buffer body = Problems.toJson(problem).toBuffer();
        // release() drains what is left of the caller's body so the connection stays usable
        return request.release().response()
                .setStatusCode(503)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader("Retry-After", "5")
                .setBody(Body.body(body));
    }
}
