package vn.ntm.gateway.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * A plain JSON client of the gateway: every call of the scenario goes through it, with the caller's bearer token.
 * A 429 is honoured as a well-behaved integrator would (wait {@code Retry-After}, then send again); nothing else is
 * retried, so every other answer reaches the scenario as the platform gave it.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong rateLimited = new AtomicLong();

    Http(String base) {
        this.base = base;
    }

    /** The answer of one call: status, headers and the body parsed as JSON (a missing node when not JSON). */
    record Reply(String method, String path, int status, Map<String, String> headers, String text, JsonNode json) {

        Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase()));
        }

        String etag() {
            return header("ETag").orElseThrow(() -> new AssertionError(method + " " + path + " answered without an ETag"));
        }

        String text(String pointer) {
            return json.at(pointer).asText();
        }

        /** Fails with the whole answer unless the status is the expected one. */
        Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError(method + " " + path + ": expected " + expected + " but got " + status + "\n" + text);
            }
            return this;
        }

        @Override
        public String toString() {
            return method + " " + path + " -> " + status + " " + text;
        }
    }

    long calls() {
        return calls.get();
    }

    long rateLimited() {
        return rateLimited.get();
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    Reply post(String path, String token, Object body) {
        return send("POST", path, token, body, Map.of());
    }

    Reply post(String path, String token, Object body, String ifMatch) {
        return send("POST", path, token, body, Map.of("If-Match", ifMatch));
    }

    Reply put(String path, String token, Object body) {
        return send("PUT", path, token, body, Map.of());
    }

    Reply put(String path, String token, Object body, String ifMatch) {
        return send("PUT", path, token, body, Map.of("If-Match", ifMatch));
    }

    Reply send(String method, String path, String token, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body), StandardCharsets.UTF_8));
        }
        HttpRequest built = request.build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange(built);
            calls.incrementAndGet();
            if (response.statusCode() == 429 && attempt < 10) {
                rateLimited.incrementAndGet();
                long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                sleep(Duration.ofSeconds(Math.max(1, seconds)));
                continue;
            }
            return reply(method, path, response);
        }
    }

    /** {@code ?name=value&...} with the values URL-encoded; null values are left out. */
    static String query(Object... nameValues) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                params.put(nameValues[i].toString(), nameValues[i + 1]);
            }
        }
        return params.isEmpty() ? "" : params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Reply reply(String method, String path, HttpResponse<String> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        JsonNode json = MissingNode.getInstance();
        String contentType = headers.getOrDefault("content-type", "");
        if (contentType.contains("json") && !response.body().isEmpty()) {
            try {
                json = JSON.readTree(response.body());
            } catch (JsonProcessingException e) {
                throw new AssertionError(method + " " + path + " answered malformed JSON: " + response.body(), e);
            }
        }
        return new Reply(method, path, response.statusCode(), headers, response.body(), json);
    }

    private static String write(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
