package vn.ntm.communes;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.ntm.common.idempotency.IdempotencyFilter;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;

/**
 * Stop-gap until platform-common's {@link IdempotencyFilter} scopes keys by caller: it keys the kept answers by
 * method, path and key only, and replays them before this service's territory checks run, so an officer of another
 * province sending the same key and body got a province's kept answer back. Running first, this filter puts the
 * caller's subject into the key (hashed, so it stays a valid key): one official's retries still replay, another
 * official's request is its own and meets the checks. Keys the platform filter would refuse are left for it to refuse.
 */
public class IdempotencyKeysPerCaller {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    @Inject
    CurrentActor currentActor;

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void scopeToCaller(ContainerRequestContext request) {
        String key = request.getHeaderString(IdempotencyFilter.HEADER);
        // every write here needs a token, so by now the caller is authenticated; reads are left alone
        if (key == null || !WRITES.contains(request.getMethod()) || !VALID_KEY.matcher(key).matches()) {
            return;
        }
        Actor actor = currentActor.get();
        request.getHeaders().putSingle(IdempotencyFilter.HEADER, sha256(actor.subject() + "\n" + key));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
