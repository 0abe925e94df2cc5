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
 * @param sectors      the sector departments its token speaks for (sector officers), empty for everyone else
 */
public record Actor(String subject, Set<String> roles, String provinceCode, String communeCode, Set<String> sectors) {

    public Actor {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
    }

    /** An actor without sectors: every role but the sector officer. */
    public Actor(String subject, Set<String> roles, String provinceCode, String communeCode) {
        this(subject, roles, provinceCode, communeCode, Set.of());
    }

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

    /** True when the token names {@code sector} among its sectors. */
    public boolean speaksFor(String sector) {
        return sectors.contains(sector);
    }

    /** The roles as one comma-separated string, for audit records. */
    public String rolesText() {
        return String.join(",", roles.stream().sorted().toList());
    }
}
