package vn.ntm.common.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.problem.Problems;
import vn.ntm.common.security.CurrentActor;

/**
 * {@code Idempotency-Key} for every POST, PUT and PATCH (IETF draft "The Idempotency-Key HTTP Header Field"):
 * the first request with a key is processed and its answer kept; the same key with the same request answers the kept
 * answer again (with {@code Idempotent-Replayed: true}) without doing the write twice; the same key with another
 * request is a 422 problem; a key whose first request is still running is a 409 problem with {@code Retry-After}.
 * Server errors (a lost database included) and answers the caller fixes without changing the request (401, 403, 429,
 * …) are not kept: the key is released at once, so the client may retry them with the same key. A reservation whose
 * request never ended (the instance died) is freed by its lease ({@link IdempotencyStore}). Keys are scoped to the
 * caller (token subject), the method and the path, and kept for the configured period.
 */
public class IdempotencyFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger LOG = Logger.getLogger(IdempotencyFilter.class);
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final String CLAIM = "ntm.idempotency.claim";
    private static final String HOLDER = "ntm.idempotency.holder";
    /** Answers a retry must not get again: the caller can fix them without changing the request. */
    private static final Set<Integer> NOT_KEPT = Set.of(401, 403, 408, 425, 429);

    @Inject
    IdempotencyStore store;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentActor currentActor;

    @ServerRequestFilter
    public Optional<Response> claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !METHODS.contains(request.getMethod()) || !store.available()) {
            return Optional.empty();
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiException.invalidField(HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String fingerprint = fingerprint(request, body);
        // keys belong to their caller: another caller reusing a key must not be served someone else's answer
        String scopedKey = currentActor.get().subject() + " " + request.getMethod() + " " + request.getUriInfo().getPath() + " " + key;

        IdempotencyStore.Outcome outcome = store.claim(scopedKey, fingerprint);
        return switch (outcome.kind()) {
            case CLAIMED -> {
                request.setProperty(CLAIM, scopedKey);
                request.setProperty(HOLDER, outcome.holder());
                yield Optional.empty();
            }
            case REPLAY -> Optional.of(Response.status(outcome.status())
                    .type(outcome.contentType())
                    .entity(outcome.body())
                    .header("Idempotent-Replayed", "true")
                    .build());
            case MISMATCH -> throw new ApiException(ProblemType.UNPROCESSABLE,
                    "This Idempotency-Key was already used with a different request; use a new key for a new request.");
            case IN_PROGRESS -> Optional.of(inProgress(request, outcome));
        };
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        Object scopedKey = request.getProperty(CLAIM);
        Object holder = request.getProperty(HOLDER);
        if (scopedKey == null || holder == null) {
            return;
        }
        if (response.getStatus() >= 500 || NOT_KEPT.contains(response.getStatus())) {
            store.release(scopedKey.toString(), holder.toString()); // never throws: the lease is the fallback
            return;
        }
        try {
            String contentType = response.getMediaType() == null ? null : response.getMediaType().toString();
            String body = serialise(response.getEntity());
            store.complete(scopedKey.toString(), holder.toString(), response.getStatus(), contentType, body);
        } catch (RuntimeException | IOException e) {
            // The write is done and answered; only its replay is lost. Freeing the key lets a retry run the request
            // again, which the service's own checks (unique keys, states) answer; failing the answer would be worse.
            LOG.errorf("Could not keep the answer of Idempotency-Key %s (%s); releasing it", scopedKey, e.getMessage());
            store.release(scopedKey.toString(), holder.toString());
        }
    }

    private static Response inProgress(ContainerRequestContext request, IdempotencyStore.Outcome outcome) {
        long seconds = Math.max(1, (outcome.retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(Problems.response(Problems.of(ProblemType.CONFLICT, 409,
                        "A request with this Idempotency-Key is still being processed; retry after the delay in Retry-After.",
                        request.getUriInfo().getPath(), null, Map.of("idempotency", "in-progress"))))
                .header("Retry-After", seconds)
                .build();
    }

    private String serialise(Object entity) throws IOException {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String text) {
            return text;
        }
        if (entity instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (entity instanceof InputStream) {
            return null;
        }
        return mapper.writeValueAsString(entity);
    }

    private static String fingerprint(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            digest.update(request.getUriInfo().getRequestUri().getRawPath().getBytes(StandardCharsets.UTF_8));
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            digest.update((query == null ? "" : query).getBytes(StandardCharsets.UTF_8));
            String ifMatch = request.getHeaderString("If-Match");
            digest.update(("\n" + (ifMatch == null ? "" : ifMatch) + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
