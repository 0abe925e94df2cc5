package vn.ntm.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.VertxException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.io.IOException;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Sends an idempotent request without a body once more when the service closed the connection before answering:
 * the pooled connection was stale (the service closed a kept-alive connection just as the gateway reused it), and
 * the pool has dropped it, so the second try goes out on a fresh connection. Requests with a body are not retried:
 * the body was streamed to the first try and is not kept (buffering every upload to resend it would cost the
 * memory the streaming proxy exists to save), and POST/PATCH are not idempotent anyway.
 *
 * <p>The last interceptor of a proxy, so that its second {@link ProxyContext#sendRequest()} goes straight to the
 * origin and the interceptors before it (forwarding headers, cache fill) see one request and one answer.
 */
final class StaleConnectionRetry implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(StaleConnectionRetry.class);
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.DELETE);

    private final String service;

    StaleConnectionRetry(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        if (!replayable(request.proxiedRequest())) {
            return context.sendRequest();
        }
        return context.sendRequest().recover(failure -> {
            if (!closedBeforeAnswer(failure)) {
                return Future.failedFuture(failure);
            }
            HttpServerRequest incoming = request.proxiedRequest();
            LOG.debugf("%s %s: %s closed the connection before answering (%s); trying once more", incoming.method(),
                    incoming.path(), service, failure);
            // the caller's (empty) body stream ended with the first try: a stream cannot be piped twice
            request.setBody(Body.body(Buffer.buffer()));
            return context.sendRequest();
        });
    }

    static boolean replayable(HttpServerRequest incoming) {
        if (!IDEMPOTENT.contains(incoming.method()) || incoming.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            return false;
        }
        String length = incoming.getHeader(HttpHeaders.CONTENT_LENGTH);
        return length == null || length.trim().equals("0");
    }

    /** The connection ended under the request; not a timeout (the service is slow) nor a refused connect (down). */
    static boolean closedBeforeAnswer(Throwable failure) {
        if (failure instanceof HttpClosedException) {
            return true;
        }
        String message = String.valueOf(failure.getMessage());
        return (failure instanceof IOException || failure instanceof VertxException)
                && (message.contains("Connection reset") || message.contains("Connection was closed"));
    }
}
