package vn.ntm.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.ntm.common.edge.EdgeGuard;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.problem.Problems;

/**
 * Holds every request body to {@code ntm.http.max-body-size}, answering a 413 problem.
 *
 * <ul>
 *   <li>A declared {@code Content-Length} over the limit is refused before a byte of the body is read.</li>
 *   <li>A chunked body (no length) is read here, up to the limit, and refused the moment it passes it. Quarkus' own
 *       cut ({@code quarkus.http.limits.max-body-size}) answers an empty 413 and resets the connection mid-upload, which
 *       a proxy in front reports as an outage; and it sits above our limit, so a 3 MB body used to be read and validated.
 *       A body read here is handed on as the routing context's body, which Quarkus REST reads instead of the request.</li>
 *   <li>With {@code ntm.http.read-chunked-bodies=false} (the gateway) chunked bodies pass unread: the gateway's
 *       proxy streams them and cuts them at the same limit itself.</li>
 * </ul>
 * Why not Vert.x's BodyHandler: it fails with a bare 413 (no problem, no request id) and cannot be told to leave
 * bodies with a length alone.
 */
@ApplicationScoped
public class BodySizeFilter {

    private final long maxBytes;
    private final boolean readChunked;

    BodySizeFilter(HttpLimits limits) {
        this.maxBytes = limits.maxBodySize().asLongValue();
        this.readChunked = limits.readChunkedBodies();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, EdgeGuard.PRIORITY - 1);
    }

    private void check(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String length = request.getHeader("Content-Length");
        if (length != null && isOver(length)) {
            refuse(rc, "The request body has " + length.trim() + " bytes; the limit is " + maxBytes + " bytes.");
            return;
        }
        boolean chunked = length == null && request.getHeader("Transfer-Encoding") != null;
        if (!chunked || !readChunked || request.isEnded() || request.method() == HttpMethod.GET
                || request.method() == HttpMethod.HEAD) {
            rc.next();
            return;
        }
        read(rc, request);
    }

    private void read(RoutingContext rc, HttpServerRequest request) {
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return; // drained and dropped: the answer is already on its way
            }
            if (body.length() + chunk.length() > maxBytes) {
                refused[0] = true;
                refuse(rc, "The request body is larger than the limit of " + maxBytes + " bytes.");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(failure -> refused[0] = true);
        request.endHandler(done -> {
            if (!refused[0]) {
                ((RoutingContextInternal) rc).setBody(body);
                rc.next();
            }
        });
        request.resume();
    }

    /**
     * Answers the 413 and closes the connection once the answer is out: the rest of an oversized body is never
     * routed. What the caller still sends meanwhile is drained, so that its TCP stack does not discard our answer.
     */
    private static void refuse(RoutingContext rc, String detail) {
        if (rc.response().headWritten()) {
            return;
        }
        rc.response().putHeader("Connection", "close");
        Problems.end(rc, ProblemType.PAYLOAD_TOO_LARGE, detail);
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
