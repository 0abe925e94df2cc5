package vn.ntm.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;

/**
 * The caller's body as the proxy streams it to the service, cut at the body limit. A body without a
 * {@code Content-Length} (chunked) is only known to be too large once that many bytes have passed; from then on
 * nothing more goes to the service, the stream fails (the proxy then resets the service's request, so the service
 * never sees a partial body as a whole one) and the rest of the caller's upload is read and dropped, up to
 * {@code maxDrain} bytes, so the gateway's 413 reaches a caller that is still sending instead of being lost in a
 * TCP reset. Past {@code maxDrain} the caller's connection is closed.
 *
 * <p>Hand-written because the Vert.x body handler that enforces a limit reads the whole body into memory, which
 * the pass-through must not do; the proxy only takes a {@link ReadStream}.
 */
final class LimitedBody implements ReadStream<Buffer> {

    /** Why the stream failed: the body passed the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("request body over " + limit + " bytes", null, false, false);
        }
    }

    private final HttpServerRequest source;
    private final long limit;
    private final long maxDrain;
    private long seen;
    private boolean exceeded;
    private Handler<Buffer> handler;
    private Handler<Void> endHandler;
    private Handler<Throwable> exceptionHandler;

    LimitedBody(HttpServerRequest source, long limit, long maxDrain) {
        this.source = source;
        this.limit = limit;
        this.maxDrain = maxDrain;
        source.pause(); // until the proxy's pipe asks: nothing may arrive before its handler is set
        source.handler(this::data);
        source.endHandler(v -> {
            Handler<Void> end = endHandler;
            if (!exceeded && end != null) {
                end.handle(null);
            }
        });
        source.exceptionHandler(failure -> {
            Handler<Throwable> exception = exceptionHandler;
            if (!exceeded && exception != null) {
                exception.handle(failure);
            }
        });
    }

    /** Whether the body passed the limit (then the answer is the gateway's 413, whatever the service did). */
    boolean exceeded() {
        return exceeded;
    }

    long limit() {
        return limit;
    }

    private void data(Buffer chunk) {
        seen += chunk.length();
        if (exceeded) {
            if (seen - limit > maxDrain) {
                source.connection().close();
            }
            return;
        }
        if (seen > limit) {
            exceeded = true;
            source.resume(); // drain from now on, whatever the pipe asks
            Handler<Throwable> exception = exceptionHandler;
            if (exception != null) {
                exception.handle(new TooLarge(limit));
            }
            return;
        }
        Handler<Buffer> data = handler;
        if (data != null) {
            data.handle(chunk);
        }
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        this.handler = handler;
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        if (!exceeded) {
            source.pause();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        source.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!exceeded) {
            source.fetch(amount);
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        this.endHandler = endHandler;
        return this;
    }
}
