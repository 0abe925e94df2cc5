package vn.ntm.gateway.cache;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * The request side of the gateway's cache: answers a GET or HEAD from a stored answer when the request allows it, says
 * whether a forwarded GET may fill the cache, and invalidates a path after an unsafe request to it (RFC 9111 §4.4).
 *
 * <p>A hit is written straight to the caller's response, never through the proxy: the stored end-to-end headers,
 * {@code Age}, and the body. The headers the gateway answers itself (the current request's {@code X-Request-Id},
 * rate-limit and CORS headers) are already on the response when this runs; none of them is ever stored.
 */
@ApplicationScoped
public class CachedAnswers {

    /** What to do with a GET or HEAD. */
    public enum Decision {
        /** Answered from the cache. */
        SERVED,
        /** Forward it; its answer may be stored. */
        FILL,
        /** Forward it; do not store its answer. */
        PASS
    }

    private static final CharSequence PRAGMA = HttpHeaders.createOptimized("Pragma");
    private static final CharSequence RANGE = HttpHeaders.createOptimized("Range");
    private static final CharSequence IF_RANGE = HttpHeaders.createOptimized("If-Range");
    private static final CharSequence IF_UNMODIFIED_SINCE = HttpHeaders.createOptimized("If-Unmodified-Since");
    private static final CharSequence[] NOT_MODIFIED_HEADERS = {HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL,
            HttpHeaders.CONTENT_LOCATION, HttpHeaders.DATE, HttpHeaders.EXPIRES, HttpHeaders.VARY, HttpHeaders.LAST_MODIFIED};

    private final ResponseCache cache;

    CachedAnswers(ResponseCache cache) {
        this.cache = cache;
    }

    public boolean enabled() {
        return cache.enabled();
    }

    /**
     * For a GET or HEAD of {@code path} (already normalized): answers it from the cache if a fresh stored answer exists
     * and the request accepts one.
     */
    public Decision tryServe(RoutingContext rc, String path) {
        HttpServerRequest request = rc.request();
        MultiMap headers = request.headers();
        boolean get = request.method() == HttpMethod.GET;
        if (headers.contains(RANGE) || headers.contains(IF_RANGE) || hasBody(headers)) {
            return Decision.PASS; // partial answers are not stored, and a body is the service's to read
        }
        boolean noCache = false;
        long maxAge = CacheDirectives.ABSENT;
        String cacheControl = headers.get(HttpHeaders.CACHE_CONTROL);
        if (cacheControl != null) {
            CacheDirectives asked = CacheDirectives.parse(headers.getAll(HttpHeaders.CACHE_CONTROL));
            if (asked.noStore()) {
                return Decision.PASS;
            }
            noCache = asked.noCache();
            maxAge = asked.maxAge() == CacheDirectives.ABSENT ? CacheDirectives.ABSENT : Math.max(0, asked.maxAge());
        } else {
            String pragma = headers.get(PRAGMA);
            noCache = pragma != null && pragma.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
        }
        Decision forward = get ? Decision.FILL : Decision.PASS;
        // Conditions other than If-None-Match are left to the service (If-Modified-Since counts only without it).
        if (noCache || headers.contains(HttpHeaders.IF_MATCH) || headers.contains(IF_UNMODIFIED_SINCE)
                || (headers.contains(HttpHeaders.IF_MODIFIED_SINCE) && !headers.contains(HttpHeaders.IF_NONE_MATCH))) {
            return forward;
        }
        long now = cache.now();
        StoredResponse stored = cache.lookup(path, request.query(), now);
        if (stored == null) {
            return forward;
        }
        long age = stored.ageSeconds(now);
        if (maxAge != CacheDirectives.ABSENT && age > maxAge) {
            return forward;
        }
        serve(request, rc.response(), stored, age);
        return Decision.SERVED;
    }

    private static boolean hasBody(MultiMap headers) {
        String length = headers.get(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.equals("0")) || headers.contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static void serve(HttpServerRequest request, HttpServerResponse response, StoredResponse stored, long age) {
        MultiMap out = response.headers();
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && stored.etag != null && ETags.weakMatch(ifNoneMatch, stored.etag)) {
            for (int i = 0; i < stored.names.length; i++) {
                if (isNotModifiedHeader(stored.names[i])) {
                    out.add(stored.names[i], stored.values[i]);
                }
            }
            out.set(HttpHeaders.AGE, Long.toString(age));
            response.setStatusCode(304).end();
            return;
        }
        for (int i = 0; i < stored.names.length; i++) {
            out.add(stored.names[i], stored.values[i]);
        }
        out.set(HttpHeaders.AGE, Long.toString(age));
        if (request.method() == HttpMethod.HEAD) {
            out.set(HttpHeaders.CONTENT_LENGTH, stored.contentLength);
            response.end();
        } else {
            response.end(stored.body);
        }
    }

    private static boolean isNotModifiedHeader(CharSequence name) {
        for (CharSequence kept : NOT_MODIFIED_HEADERS) {
            if (io.netty.util.AsciiString.contentEqualsIgnoreCase(kept, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For an unsafe request to {@code path}: once the answer starts, unless the service refused it (4xx), drops what is
     * stored for the path and for the {@code Location} and {@code Content-Location} of the answer on this gateway.
     * A 5xx also invalidates: the write may have been applied.
     */
    public void invalidateAfter(RoutingContext rc, String path) {
        rc.addHeadersEndHandler(v -> {
            HttpServerResponse response = rc.response();
            int status = response.getStatusCode();
            if (status >= 400 && status < 500) {
                return;
            }
            cache.invalidate(path);
            invalidateReferenced(rc.request(), response.headers().get(HttpHeaders.LOCATION));
            invalidateReferenced(rc.request(), response.headers().get(HttpHeaders.CONTENT_LOCATION));
        });
    }

    private void invalidateReferenced(HttpServerRequest request, String reference) {
        if (reference == null || reference.isEmpty()) {
            return;
        }
        try {
            URI uri = new URI(reference);
            if (uri.getRawAuthority() != null && (request.authority() == null
                    || !uri.getRawAuthority().equalsIgnoreCase(request.authority().toString()))) {
                return; // another origin: not the gateway's to invalidate (RFC 9111 §4.4)
            }
            String path = uri.normalize().getRawPath();
            if (path != null && path.startsWith("/")) {
                cache.invalidate(path);
            }
        } catch (URISyntaxException e) {
            // not a URI reference: nothing to invalidate
        }
    }
}
