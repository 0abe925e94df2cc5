package vn.ntm.campaign.security;

import java.util.Collection;
import java.util.List;
import vn.ntm.campaign.responses.HouseholdHasher;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.security.Scopes;

/**
 * Who may act on what in campaign-service, once {@code @RolesAllowed} has let the role in. "Own" province and commune
 * are as {@link Scopes} defines them; the province and commune are those of the campaign, survey or contribution.
 * These checks run in the services before anything else about the request is judged.
 * <p>
 * Order of checks (issue 20): the role, then the caller's scope, then the existence and state of what the request names,
 * then the body's rules. A scope named in the body (a commune code) is judged before any record the request refers to
 * is looked up. A record named by its id in the path gives a caller out of its scope the same answer whether it exists
 * or not: {@link #unknownPublished} for campaigns and surveys (published, so 403), 404 for data-subject requests
 * (which such a caller cannot see). The {@code require…Role} checks are the parts that depend on the token alone, so
 * they run before the record is looked up.
 */
public final class CampaignAccess {

    private CampaignAccess() {
    }

    /** A commune of a campaign's scope: its code and the province it belonged to. */
    public record Place(String provinceCode, String communeCode) {
    }

    /**
     * Creating or changing a campaign, and recording its activities: the province officer of its province (a COMMUNES
     * scope: every commune in the officer's reach), the Front surveyor of a campaign scoped to its own commune only, or an
     * administrator.
     *
     * @param provinceCode the province of a province-wide campaign, else null
     * @param communes     the communes of a COMMUNES scope, else empty
     */
    public static void requireOrganiser(Actor actor, String provinceCode, Collection<Place> communes) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (actor.hasRole(Roles.PROVINCE_OFFICER) && reachesAll(actor, provinceCode, communes)) {
            return;
        }
        if (actor.hasRole(Roles.FRONT_SURVEYOR) && actor.communeCode() != null && provinceCode == null && communes.size() == 1
                && reachesAll(actor, null, communes)) {
            return;
        }
        String where = provinceCode != null ? "province " + provinceCode
                : "communes " + String.join(", ", communes.stream().map(Place::communeCode).toList());
        throw Scopes.forbidden("This campaign covers " + where + ". A province officer organises the campaigns of its own province, "
                + "a Front surveyor only a campaign of its own commune alone; your token reaches " + reach(actor) + ".");
    }

    /**
     * The part of {@link #requireOrganiser} that needs no record: a Front surveyor without a commune, or a province
     * officer without a province, organises nothing.
     */
    public static void requireOrganiserRole(Actor actor) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (actor.hasRole(Roles.PROVINCE_OFFICER) && actor.communeCode() == null && actor.provinceCode() != null) {
            return;
        }
        if (actor.hasRole(Roles.FRONT_SURVEYOR) && actor.communeCode() != null) {
            return;
        }
        throw Scopes.forbidden("A province officer organises the campaigns of its own province, a Front surveyor only a campaign of "
                + "its own commune alone; your token reaches " + reach(actor) + ".");
    }

    /**
     * The answer to a write whose path names a campaign or a survey that does not exist. Both are published (anyone may
     * read them without a token), so their existence is no secret and a caller out of their scope is told 403, as the
     * truth is; to give that caller the same answer for an id that exists nowhere, every caller whose token is confined
     * to a territory gets 403 for it too ("no record of your scope has this id"). Only an administrator, whom no scope
     * confines, learns that it does not exist (404).
     */
    public static ApiException unknownPublished(Actor actor, String what, Object id) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return ApiException.notFound(what, id);
        }
        return Scopes.forbidden("No " + what.toLowerCase() + " your token may act on has the id '" + id + "'; your token reaches "
                + reach(actor) + ".");
    }

    /** Early form of {@link #requireOrganiser}, before communes-service has named the communes' provinces. */
    public static void requireOrganiserOfCodes(Actor actor, String provinceCode, Collection<String> communeCodes) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (provinceCode != null) {
            requireOrganiser(actor, provinceCode, List.of());
            return;
        }
        // a token scoped to one commune can only reach a campaign of that commune; province-wide tokens are checked
        // once communes-service has named each commune's province
        if (actor.communeCode() != null && !communeCodes.stream().allMatch(actor.communeCode()::equals)) {
            throw Scopes.forbidden("Your token is scoped to commune " + actor.communeCode() + "; this campaign covers communes "
                    + String.join(", ", communeCodes) + ".");
        }
        if (actor.communeCode() == null && !actor.hasRole(Roles.PROVINCE_OFFICER)) {
            throw noCommune();
        }
    }

    /**
     * Recording a contribution: the Front surveyor or commune officer of its commune, the province officer of its
     * province, or an administrator.
     */
    public static void requireContributor(Actor actor, String provinceCode, String communeCode) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (actor.communeCode() == null && !actor.hasRole(Roles.PROVINCE_OFFICER)) {
            throw noCommune();
        }
        if (provinceCode == null) {
            // the province is not known yet: only a commune-scoped token can be judged now
            if (actor.communeCode() != null && !actor.communeCode().equals(communeCode)) {
                throw Scopes.forbidden("Your token is scoped to commune " + actor.communeCode() + ", not " + communeCode + ".");
            }
            return;
        }
        Scopes.requireCommune(actor, provinceCode, communeCode);
    }

    /**
     * The part of {@link #requireContributor} that needs no record: a commune's role without a commune reaches nothing.
     * Also the role part of receiving and carrying out data-subject requests.
     */
    public static void requireContributorRole(Actor actor) {
        if (!actor.hasRole(Roles.ADMINISTRATOR) && actor.communeCode() == null && !actor.hasRole(Roles.PROVINCE_OFFICER)) {
            throw noCommune();
        }
    }

    /** The part of {@link #requireSurveyor} that needs no survey: the role, and a commune in the token. */
    public static void requireSurveyorRole(Actor actor) {
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (!actor.hasRole(Roles.FRONT_SURVEYOR)) {
            throw Scopes.forbidden("Only the Front surveyor of the survey's commune, or an administrator, may do this.");
        }
        if (actor.communeCode() == null) {
            throw noCommune();
        }
    }

    /**
     * Survey administration (creation, questionnaire, villages, opening, closing, publication, paper batches) and reading
     * forms: the Front surveyor of the survey's commune, or an administrator.
     *
     * @param provinceCode the survey's province, or null before communes-service has named it (the commune decides then)
     */
    public static void requireSurveyor(Actor actor, String provinceCode, String communeCode) {
        requireSurveyorRole(actor);
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (!actor.communeCode().equals(communeCode)) {
            throw Scopes.forbidden("Your token is scoped to commune " + actor.communeCode() + "; this survey is of commune " + communeCode + ".");
        }
        if (provinceCode != null) {
            Scopes.requireCommune(actor, provinceCode, communeCode);
        }
    }

    /** Whether {@link #requireSurveyor} would let the actor in (for what a public read shows, rather than refusing it). */
    public static boolean isSurveyorOf(Actor actor, String provinceCode, String communeCode) {
        try {
            requireSurveyor(actor, provinceCode, communeCode);
            return true;
        } catch (ApiException refused) {
            return false;
        }
    }

    /**
     * One household's form: the Front surveyor of the survey's commune entering it, or a citizen of that commune answering
     * for the household its token names ({@code household} claim). Administrators do not fill in forms.
     *
     * @param householdClaim the token's {@code household} claim, or null
     * @param householdId    the household the form is for
     */
    public static boolean requireRespondent(Actor actor, String householdClaim, String provinceCode, String communeCode, String householdId) {
        boolean citizen = requireRespondentOfSurvey(actor, householdClaim, provinceCode, communeCode);
        if (citizen) {
            requireOwnHousehold(householdClaim, householdId);
        }
        return citizen;
    }

    /**
     * The part of {@link #requireRespondent} that does not depend on the form: may this caller send forms to a survey of
     * this commune at all? Used once per request when the app syncs several forms.
     *
     * @return true when the caller is a citizen, whose every form must then be for its own household
     *         ({@link #requireOwnHousehold}); false for the Front surveyor, who enters any household's form
     */
    public static boolean requireRespondentOfSurvey(Actor actor, String householdClaim, String provinceCode, String communeCode) {
        if (actor.hasRole(Roles.FRONT_SURVEYOR) && communeCode.equals(actor.communeCode())) {
            Scopes.requireCommune(actor, provinceCode, communeCode);
            return false;
        }
        if (!actor.hasRole(Roles.CITIZEN)) {
            throw Scopes.forbidden("A form is entered by the Front surveyor of the survey's commune (" + communeCode
                    + ") or by the household itself; your token reaches " + reach(actor) + ".");
        }
        if (!communeCode.equals(actor.communeCode())) {
            throw Scopes.forbidden("A citizen answers the surveys of its own commune; this survey is of commune " + communeCode + ".");
        }
        if (householdClaim == null || householdClaim.isBlank()) {
            throw Scopes.forbidden("Your token names no household, so it cannot answer for one.");
        }
        return true;
    }

    /**
     * The part of {@link #requireRespondentOfSurvey} that needs no survey: a Front surveyor with a commune, or a citizen
     * whose token names its commune and its household.
     */
    public static void requireRespondentRole(Actor actor, String householdClaim) {
        if (actor.hasRole(Roles.FRONT_SURVEYOR) && actor.communeCode() != null) {
            return;
        }
        if (!actor.hasRole(Roles.CITIZEN)) {
            throw Scopes.forbidden("A form is entered by the Front surveyor of the survey's commune or by the household itself; your token reaches "
                    + reach(actor) + ".");
        }
        if (actor.communeCode() == null) {
            throw noCommune();
        }
        if (householdClaim == null || householdClaim.isBlank()) {
            throw Scopes.forbidden("Your token names no household, so it cannot answer for one.");
        }
    }

    /** A citizen's form must be for the household its token names (compared as the survey compares households). */
    public static void requireOwnHousehold(String householdClaim, String householdId) {
        if (!HouseholdHasher.normalise(householdClaim).equals(HouseholdHasher.normalise(householdId))) {
            throw Scopes.forbidden("A citizen answers only for the household its token names.");
        }
    }

    private static boolean reachesAll(Actor actor, String provinceCode, Collection<Place> communes) {
        if (provinceCode != null) {
            return actor.communeCode() == null && provinceCode.equals(actor.provinceCode());
        }
        return !communes.isEmpty() && communes.stream().allMatch(c -> Scopes.reaches(actor, c.provinceCode(), c.communeCode()));
    }

    private static String reach(Actor actor) {
        if (actor.communeCode() != null) {
            return "commune " + actor.communeCode();
        }
        return actor.provinceCode() == null ? "no province or commune" : "province " + actor.provinceCode();
    }

    private static RuntimeException noCommune() {
        return Scopes.forbidden("Your token names no commune; this action belongs to the officials of one commune.");
    }
}
