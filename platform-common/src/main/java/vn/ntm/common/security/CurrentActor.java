package vn.ntm.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The actor of the current request, read from the security identity. Token claims for the scope
 * ({@code province}, {@code commune}) are copied into identity attributes by the authentication layer.
 */
@RequestScoped
public class CurrentActor {

    public static final String PROVINCE_ATTRIBUTE = "province";
    public static final String COMMUNE_ATTRIBUTE = "commune";

    @Inject
    SecurityIdentity identity;

    public Actor get() {
        if (identity == null || identity.isAnonymous()) {
            return Actor.anonymous();
        }
        return new Actor(identity.getPrincipal().getName(), identity.getRoles(),
                attribute(PROVINCE_ATTRIBUTE), attribute(COMMUNE_ATTRIBUTE));
    }

    /** A scope claim of the token (see {@link Roles}), or {@code null}. */
    public String claim(String name) {
        return identity == null || identity.isAnonymous() ? null : attribute(name);
    }

    private String attribute(String name) {
        Object value = identity.getAttribute(name);
        return value == null ? null : value.toString();
    }
}
