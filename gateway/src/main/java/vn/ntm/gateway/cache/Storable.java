package vn.ntm.gateway.cache;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a service's 200 answer to a GET may be stored by the gateway, conservatively (RFC 9111 §3): it says
 * {@code public} with a positive {@code s-maxage} or {@code max-age}, and neither {@code private}, {@code no-store} nor
 * {@code no-cache}; it sets no cookie; it has no {@code Vary} (the cache keys on path and query only). Then which of its
 * headers are replayed on a hit.
 */
final class Storable {

    /** Never stored: hop-by-hop (RFC 9110 §7.6.1), recomputed on each answer, or answered by the gateway itself. */
    private static final Set<String> NOT_REPLAYED = Set.of("connection", "keep-alive", "proxy-connection", "te", "trailer",
            "transfer-encoding", "upgrade", "proxy-authenticate", "proxy-authorization", "content-length", "age",
            "x-request-id", "retry-after");

    private Storable() {
    }

    /** The headers of a storable answer, or {@code null} if it must not be stored. */
    static Candidate check(MultiMap headers) {
        CacheDirectives cc = CacheDirectives.parse(headers.getAll(HttpHeaders.CACHE_CONTROL));
        if (!cc.isPublic() || cc.isPrivate() || cc.noStore() || cc.noCache()) {
            return null;
        }
        long lifetime = cc.sharedLifetime();
        if (lifetime <= 0 || headers.contains(HttpHeaders.SET_COOKIE) || headers.contains("Set-Cookie2")
                || headers.contains(HttpHeaders.VARY)) {
            return null;
        }
        long initialAge = 0;
        String age = headers.get(HttpHeaders.AGE);
        if (age != null) {
            initialAge = CacheDirectives.parse("max-age=" + age.trim()).maxAge();
            if (initialAge < 0) {
                return null; // an Age the gateway cannot read: do not guess how old it is
            }
        }
        if (initialAge >= lifetime) {
            return null;
        }
        Set<String> connectionListed = connectionListed(headers);
        List<CharSequence> names = new ArrayList<>();
        List<CharSequence> values = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (NOT_REPLAYED.contains(name) || connectionListed.contains(name) || isGatewayOwned(name)) {
                continue;
            }
            names.add(HttpHeaders.createOptimized(header.getKey()));
            values.add(HttpHeaders.createOptimized(header.getValue()));
        }
        if (!headers.contains(HttpHeaders.DATE)) {
            // RFC 9110 §6.6.1: a cache receiving an answer without Date adds one (the time it received it)
            names.add(HttpHeaders.DATE);
            values.add(HttpHeaders.createOptimized(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC))));
        }
        return new Candidate(names.toArray(CharSequence[]::new), values.toArray(CharSequence[]::new),
                headers.get(HttpHeaders.ETAG), initialAge, lifetime);
    }

    static boolean isGatewayOwned(String lowerCaseName) {
        return lowerCaseName.startsWith("x-ratelimit-") || lowerCaseName.startsWith("access-control-");
    }

    private static Set<String> connectionListed(MultiMap headers) {
        List<String> connection = headers.getAll(HttpHeaders.CONNECTION);
        if (connection.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new java.util.HashSet<>();
        for (String value : connection) {
            for (String token : value.split(",")) {
                names.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** The storable part of an answer, waiting for its body. */
    record Candidate(CharSequence[] names, CharSequence[] values, String etag, long initialAgeSeconds, long lifetimeSeconds) {

        StoredResponse withBody(Buffer body, long requestNanos) {
            return new StoredResponse(names, values, body, etag, requestNanos, initialAgeSeconds, lifetimeSeconds);
        }
    }
}
