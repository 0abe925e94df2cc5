package vn.ntm.common.security;

import java.util.Set;

/**
 * Who is acting: the authenticated principal with its roles and the scope its token grants.
 * Services record this, never a name sent in a request body.
 *
 * @param subject      the principal's name ({@code anonymous} without a token)
 * @param roles        its roles
 * @param provinceCode the province its token is scoped to, or {@code null}
 * @param communeCode  the commune its token is scoped to, or {@code null}
 */
public record Actor(String subject, Set<String> roles, String provinceCode, String communeCode) {

    public static final String ANONYMOUS = "anonymous";

    public static Actor anonymous() {
        return new Actor(ANONYMOUS, Set.of(), null, null);
    }

    public boolean isAnonymous() {
        return ANONYMOUS.equals(subject);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The roles as one comma-separated string, for audit records. */
    public String rolesText() {
        return String.join(",", roles.stream().sorted().toList());
    }
}
