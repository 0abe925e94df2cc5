package vn.ntm.common.security;

import java.util.Objects;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;

/**
 * Checks that an actor's token reaches a province or a commune. Role checks come first, from
 * {@code @RolesAllowed}; these checks then confine each role to its own territory.
 */
public final class Scopes {

    private Scopes() {
    }

    /** Administrators reach every province; everyone else only the province in their token. */
    public static void requireProvince(Actor actor, String provinceCode) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (actor.provinceCode() == null || !actor.provinceCode().equals(provinceCode)) {
            throw forbidden("Your token is scoped to province " + actor.provinceCode() + ", not " + provinceCode + ".");
        }
    }

    /**
     * Province-wide roles reach every commune of their province; commune-scoped roles (commune officer, Front surveyor,
     * citizen) only their own commune.
     */
    public static void requireCommune(Actor actor, String provinceCode, String communeCode) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (actor.communeCode() != null) {
            if (!actor.communeCode().equals(communeCode)) {
                throw forbidden("Your token is scoped to commune " + actor.communeCode() + ", not " + communeCode + ".");
            }
            return;
        }
        requireProvince(actor, provinceCode);
    }

    /** True when the actor may act on that commune (for filtering rather than refusing). */
    public static boolean reaches(Actor actor, String provinceCode, String communeCode) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return true;
        }
        if (actor.communeCode() != null) {
            return actor.communeCode().equals(communeCode);
        }
        return actor.provinceCode() != null && Objects.equals(actor.provinceCode(), provinceCode);
    }

    /**
     * A sector officer acts only for the sectors its token names (administrators for every one). Call it after
     * {@link #requireProvince}: the sector is the second half of a sector officer's scope.
     */
    public static void requireSector(Actor actor, String sector) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (!actor.speaksFor(sector)) {
            throw forbidden("Your token speaks for the sectors " + (actor.sectors().isEmpty() ? "(none)" : String.join(", ", new java.util.TreeSet<>(actor.sectors())))
                    + ", not " + sector + ".");
        }
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(ProblemType.FORBIDDEN, detail);
    }
}
