package vn.ntm.gateway.cache;

import io.vertx.core.buffer.Buffer;

/**
 * A stored 200 answer of a GET: the end-to-end headers to replay (hop-by-hop headers, {@code Content-Length},
 * {@code Age} and the headers the gateway answers itself left out), the body, and what its age is computed from.
 *
 * <p>Age (RFC 9111 §4.2.3) counts from when the gateway sent the request that fetched it, plus the {@code Age} the
 * service sent: never less than the true age, so the answer is never served fresher than it is.
 */
public final class StoredResponse {

    final CharSequence[] names;
    final CharSequence[] values;
    final Buffer body;
    final CharSequence contentLength;
    final String etag;
    final long requestNanos;
    final long initialAgeSeconds;
    final long freshNanos;
    final long bytes;

    StoredResponse(CharSequence[] names, CharSequence[] values, Buffer body, String etag, long requestNanos,
            long initialAgeSeconds, long lifetimeSeconds) {
        this.names = names;
        this.values = values;
        this.body = body;
        this.contentLength = io.vertx.core.http.HttpHeaders.createOptimized(Integer.toString(body.length()));
        this.etag = etag;
        this.requestNanos = requestNanos;
        this.initialAgeSeconds = initialAgeSeconds;
        this.freshNanos = (lifetimeSeconds - initialAgeSeconds) * 1_000_000_000L;
        long size = body.length() + 64L;
        for (int i = 0; i < names.length; i++) {
            size += names[i].length() + values[i].length() + 4;
        }
        this.bytes = size;
    }

    /** Current age in whole seconds (RFC 9111 §4.2.3), as sent in {@code Age}. */
    long ageSeconds(long nowNanos) {
        return initialAgeSeconds + Math.max(0, nowNanos - requestNanos) / 1_000_000_000L;
    }

    boolean freshAt(long nowNanos) {
        return nowNanos - requestNanos < freshNanos;
    }

    /** Clock reading at which it stops being fresh. */
    long staleAt() {
        return requestNanos + freshNanos;
    }

    /** Approximate bytes held: body and headers. */
    public long bytes() {
        return bytes;
    }

    public String etag() {
        return etag;
    }
}
