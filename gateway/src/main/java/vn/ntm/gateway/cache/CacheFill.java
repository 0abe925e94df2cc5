package vn.ntm.gateway.cache;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * On the proxy of GETs the cache may answer later: stores a storable 200 answer ({@link Storable}) while it streams to
 * the caller, once the whole body has been sent, if it is not larger than the cache takes.
 */
public final class CacheFill implements ProxyInterceptor {

    private static final String PENDING = "ntm.cache.pending";

    private record Pending(String path, String query, long mark, long requestNanos) {
    }

    private final ResponseCache cache;

    public CacheFill(ResponseCache cache) {
        this.cache = cache;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest incoming = context.request().proxiedRequest();
        String path = incoming.path();
        // the mark and the clock are read before the request leaves: the answer is at least that old
        context.set(PENDING, new Pending(path, incoming.query(), cache.invalidationMark(path), cache.now()));
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        Pending pending = context.get(PENDING, Pending.class);
        Body body = response.getBody();
        if (pending == null || response.getStatusCode() != 200 || body == null || body.length() > cache.maxEntryBytes()) {
            return context.sendResponse();
        }
        Storable.Candidate candidate = Storable.check(response.headers());
        if (candidate == null) {
            return context.sendResponse();
        }
        Capture capture = new Capture(body.stream(), cache.maxEntryBytes());
        response.setBody(Body.body(capture, body.length()));
        return context.sendResponse().onSuccess(sent -> {
            if (capture.complete()) {
                cache.store(pending.path(), pending.query(), candidate.withBody(capture.content, pending.requestNanos()), pending.mark());
            }
        });
    }

    /** Passes the body through and keeps a copy, up to a limit. */
    private static final class Capture implements ReadStream<Buffer> {

        private final ReadStream<Buffer> source;
        private final long limit;
        final Buffer content = Buffer.buffer();
        private boolean overflow;
        private boolean ended;

        Capture(ReadStream<Buffer> source, long limit) {
            this.source = source;
            this.limit = limit;
        }

        boolean complete() {
            return ended && !overflow;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                source.handler(null);
            } else {
                source.handler(chunk -> {
                    if (!overflow) {
                        if (content.length() + chunk.length() > limit) {
                            overflow = true;
                        } else {
                            content.appendBuffer(chunk);
                        }
                    }
                    handler.handle(chunk);
                });
            }
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> handler) {
            if (handler == null) {
                source.endHandler(null);
            } else {
                source.endHandler(v -> {
                    ended = true;
                    handler.handle(v);
                });
            }
            return this;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            source.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            source.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            source.fetch(amount);
            return this;
        }
    }
}
