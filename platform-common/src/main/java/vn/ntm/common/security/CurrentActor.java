package vn.ntm.common.security;

import io.quarkus.runtime.BlockingOperationNotAllowedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The actor of the current request, read from the security identity. Token claims for the scope
 * ({@code province}, {@code commune}, …) are copied into identity attributes by {@link ScopeClaimsAugmentor}.
 * A refused token (expired, foreign signature) authenticates nobody: its request's actor is anonymous.
 */
@RequestScoped
public class CurrentActor {

    public static final String PROVINCE_ATTRIBUTE = Roles.PROVINCE_CLAIM;
    public static final String COMMUNE_ATTRIBUTE = Roles.COMMUNE_CLAIM;

    @Inject
    SecurityIdentity identity;

    public Actor get() {
        SecurityIdentity resolved = resolved();
        return resolved == null ? Actor.anonymous() : of(resolved);
    }

    /** A scope claim of the token (see {@link Roles}), or {@code null}. */
    public String claim(String name) {
        SecurityIdentity resolved = resolved();
        return resolved == null ? null : attribute(resolved, name);
    }

    /** The actor an already resolved identity stands for (for code that holds the identity, e.g. on the I/O thread). */
    public static Actor of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return Actor.anonymous();
        }
        return new Actor(identity.getPrincipal().getName(), identity.getRoles(),
                attribute(identity, PROVINCE_ATTRIBUTE), attribute(identity, COMMUNE_ATTRIBUTE), sectors(attribute(identity, Roles.SECTORS_CLAIM)));
    }

    private SecurityIdentity resolved() {
        try {
            return identity == null || identity.isAnonymous() ? null : identity;
        } catch (AuthenticationFailedException | BlockingOperationNotAllowedException refused) {
            // a refused token, asked for again after the refusal was answered (audit of a 401): nobody acted
            return null;
        }
    }

    /** The {@code sectors} claim, sent as {@code "TRANSPORT,HEALTH"} or as a JSON array (which arrives as {@code [TRANSPORT,HEALTH]}). */
    static java.util.Set<String> sectors(String claim) {
        if (claim == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> sectors = new java.util.TreeSet<>();
        for (String part : claim.replace("[", "").replace("]", "").split("[,\\s]+")) {
            if (!part.isBlank()) {
                sectors.add(part.strip());
            }
        }
        return java.util.Set.copyOf(sectors);
    }

    private static String attribute(SecurityIdentity identity, String name) {
        Object value = identity.getAttribute(name);
        return value == null ? null : value.toString();
    }
}
