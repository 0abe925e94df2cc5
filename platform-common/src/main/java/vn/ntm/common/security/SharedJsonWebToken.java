package vn.ntm.common.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A verified token that concurrent requests can share: reads go to the verified principal, whose claims nothing changes
 * after parsing, and collections come back unmodifiable, so no request can alter what another one sees. The parser's
 * own principal type (and its mutable jose4j claims) is not exposed.
 */
public final class SharedJsonWebToken implements JsonWebToken {

    private final JsonWebToken verified;
    private final String name;
    private final Set<String> claimNames;

    private SharedJsonWebToken(JsonWebToken verified) {
        this.verified = verified;
        this.name = verified.getName();
        this.claimNames = Collections.unmodifiableSet(new LinkedHashSet<>(verified.getClaimNames()));
    }

    static SharedJsonWebToken of(JsonWebToken verified) {
        return verified instanceof SharedJsonWebToken shared ? shared : new SharedJsonWebToken(verified);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Set<String> getClaimNames() {
        return claimNames;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) unmodifiable(verified.getClaim(claimName));
    }

    private static Object unmodifiable(Object value) {
        // JSON values (jakarta.json), strings, numbers and booleans are immutable already
        if (value instanceof Set<?> set) {
            return Collections.unmodifiableSet(new LinkedHashSet<>(set));
        }
        if (value instanceof List<?> list) {
            return Collections.unmodifiableList(new ArrayList<>(list));
        }
        if (value instanceof Map<?, ?> map) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(map));
        }
        return value;
    }

    @Override
    public String toString() {
        return "SharedJsonWebToken{name='" + name + "', claims=" + claimNames + '}';
    }
}
