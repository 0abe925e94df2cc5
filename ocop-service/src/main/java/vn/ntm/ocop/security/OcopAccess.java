package vn.ntm.ocop.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.security.Scopes;
import vn.ntm.ocop.evaluation.Evaluation;
import vn.ntm.ocop.rules.CouncilLevel;
import vn.ntm.ocop.rules.RuleBook;
import vn.ntm.ocop.support.OcopClock;

/**
 * Who may act on which OCOP record. {@code @RolesAllowed} on the resources decides the roles; these checks then confine
 * each role to its territory once the record (and so its province and commune) is known. Every refusal is a 403 problem.
 */
@ApplicationScoped
public class OcopAccess {

    @Inject
    CurrentActor currentActor;

    @Inject
    RuleBook ruleBook;

    @Inject
    OcopClock clock;

    /**
     * Registering and maintaining subjects and products: administrators, the province officer of the record's province,
     * and (while the rules in force give communes the pre-check, QĐ 1489/QĐ-TTg) the commune officer of its commune.
     */
    public void requireRegistryWrite(String provinceCode, String communeCode) {
        Actor actor = currentActor.get();
        if (actor.hasRole(Roles.ADMINISTRATOR) || actor.hasRole(Roles.PROVINCE_OFFICER)) {
            Scopes.requireProvince(actor, provinceCode);
            return;
        }
        requireCommuneRegistrar(actor);
        Scopes.requireCommune(actor, provinceCode, communeCode);
    }

    /** A commune officer registers only with a commune claim, and only while the rules in force give communes the pre-check. */
    private void requireCommuneRegistrar(Actor actor) {
        if (actor.communeCode() == null) {
            throw Scopes.forbidden("Your commune officer token carries no commune claim, so it reaches no OCOP record.");
        }
        if (!communePrecheckInForce()) {
            throw Scopes.forbidden("Commune officers register OCOP subjects and products only under rules that give communes the"
                    + " pre-check (QĐ 1489/QĐ-TTg); the rules in force today do not.");
        }
    }

    /**
     * The part of {@link #requireRegistryWrite} that the request alone decides, before the commune code is looked up with
     * communes-service or anything else in the body is checked (scope before existence before validity, issue 20): a
     * commune officer naming another commune, or while communes have no pre-check, and a province officer whose token
     * names no province are refused here. A province officer's province is known only once communes-service has answered
     * for the code; a commune code and its province are public reference data, so that lookup reveals nothing.
     */
    public void requireRegistryReach(String communeCode) {
        Actor actor = currentActor.get();
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (actor.hasRole(Roles.PROVINCE_OFFICER)) {
            if (actor.provinceCode() == null) {
                throw Scopes.forbidden("Your token carries no province claim, so it reaches no OCOP record.");
            }
            return;
        }
        requireCommuneRegistrar(actor);
        if (communeCode != null) {
            Scopes.requireCommune(actor, null, communeCode);
        }
    }

    /**
     * Runs a territory check on a record that is not published (evaluations, dossiers, inspection plans and inspections,
     * trace codes) and answers a refusal as the 404 of a record that does not exist: to a caller outside its territory a
     * record of another province and no record at all must look the same (issue 20). Published records (subjects,
     * products, certificates, mark violations) keep their 403, since anyone may read that they exist and where.
     */
    public void requireVisible(String kind, Object id, Runnable territoryCheck) {
        try {
            territoryCheck.run();
        } catch (vn.ntm.common.problem.ApiException refused) {
            if (refused.type() == vn.ntm.common.problem.ProblemType.FORBIDDEN) {
                throw vn.ntm.common.problem.ApiException.notFound(kind, id);
            }
            throw refused;
        }
    }

    /**
     * Records of one province for officials: administrators, and the callers of that province among the roles the endpoint
     * allows (opening, editing and deciding evaluations and revoking certificates: province officers; reading a subject's
     * registration details: province officers and OCOP council members).
     */
    public void requireProvince(String provinceCode) {
        Scopes.requireProvince(currentActor.get(), provinceCode);
    }

    /**
     * Reading an evaluation: administrators, province officers and OCOP council members of the product's province, and
     * members of the central council for central evaluations (they score products of every province).
     */
    public void requireEvaluationRead(Evaluation evaluation) {
        if (!reachesEvaluation(evaluation.product.provinceCode, evaluation.councilLevel)) {
            throw Scopes.forbidden("Your token is scoped to province " + currentActor.get().provinceCode() + ", not "
                    + evaluation.product.provinceCode + ".");
        }
    }

    /** True when the actor may read evaluations of products of that province at that council level. */
    private boolean reachesEvaluation(String provinceCode, CouncilLevel level) {
        Actor actor = currentActor.get();
        if (actor.hasRole(Roles.ADMINISTRATOR) || (actor.provinceCode() != null && actor.provinceCode().equals(provinceCode))) {
            return true;
        }
        return level == CouncilLevel.CENTRAL && isCentralMember();
    }

    /** True when the caller is a member of the central council, whose evaluations it may read in every province. */
    public boolean isCentralMember() {
        return currentActor.get().hasRole(Roles.OCOP_COUNCIL_MEMBER)
                && CouncilLevel.CENTRAL.name().equals(currentActor.claim(Roles.OCOP_LEVEL_CLAIM));
    }

    /**
     * The province a listing for officials is confined to: the one asked for, which must be the token's own unless the
     * caller is an administrator; the token's own when none is asked for ({@code null} for administrators: every province).
     */
    public String listingProvince(String requested) {
        Actor actor = currentActor.get();
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return requested;
        }
        if (actor.provinceCode() == null) {
            throw Scopes.forbidden("Your token carries no province claim, so it reaches no province's records.");
        }
        if (requested != null) {
            Scopes.requireProvince(actor, requested);
        }
        return actor.provinceCode();
    }

    /**
     * The council member filing or withdrawing a score sheet: an OCOP council member whose token's {@code ocopLevel} is the
     * evaluation's council level and, below the central council, whose province is the product's. The member is the
     * token's subject, never a name in the request.
     */
    public String scoreSheetMember(Evaluation evaluation) {
        Actor actor = currentActor.get();
        String level = currentActor.claim(Roles.OCOP_LEVEL_CLAIM);
        if (level == null) {
            throw Scopes.forbidden("Your token carries no ocopLevel claim: only members of an OCOP council file score sheets.");
        }
        if (!level.equals(evaluation.councilLevel.name())) {
            throw Scopes.forbidden("This evaluation is scored by a " + evaluation.councilLevel + " council; your token is for a "
                    + level + " council.");
        }
        String province = evaluation.product.provinceCode;
        if (evaluation.councilLevel != CouncilLevel.CENTRAL && !province.equals(actor.provinceCode())) {
            throw Scopes.forbidden("This evaluation is scored by the " + evaluation.councilLevel + " council of province " + province
                    + "; your token is scoped to province " + actor.provinceCode() + ".");
        }
        return actor.subject();
    }

    /**
     * The OCOP subject a SUBJECT (producer) token speaks for: its {@code ocopSubject} claim. A producer acts only on its
     * own dossiers, so a token without the claim reaches nothing.
     */
    public java.util.UUID ownSubject() {
        String claim = currentActor.claim(Roles.OCOP_SUBJECT_CLAIM);
        if (claim == null) {
            throw Scopes.forbidden("Your SUBJECT token carries no ocopSubject claim, so it reaches no OCOP dossier.");
        }
        try {
            return java.util.UUID.fromString(claim.strip());
        } catch (IllegalArgumentException e) {
            throw Scopes.forbidden("Your token's ocopSubject claim is not a subject id.");
        }
    }

    /** True when the caller is a producer (SUBJECT role), confined to its own dossiers. */
    public boolean isSubject() {
        Actor actor = currentActor.get();
        return actor.hasRole(Roles.SUBJECT) && !actor.hasRole(Roles.ADMINISTRATOR) && !actor.hasRole(Roles.PROVINCE_OFFICER);
    }

    /**
     * Submitting or revising a dossier: the producer for its own products; administrators and the province officer of
     * the product's province on the producer's behalf (a dossier handed in on paper).
     */
    public void requireDossierWrite(java.util.UUID subjectId, String provinceCode) {
        if (isSubject()) {
            requireOwnSubject(subjectId);
            return;
        }
        Scopes.requireProvince(currentActor.get(), provinceCode);
    }

    /**
     * Reading a dossier: its producer, administrators, the province officers and OCOP council members of its province,
     * and the commune officer of its commune (who checks it under QĐ 1489/QĐ-TTg).
     */
    public void requireDossierRead(java.util.UUID subjectId, String provinceCode, String communeCode) {
        Actor actor = currentActor.get();
        if (isSubject()) {
            requireOwnSubject(subjectId);
        } else if (actor.hasRole(Roles.COMMUNE_OFFICER) && !actor.hasRole(Roles.PROVINCE_OFFICER) && !actor.hasRole(Roles.ADMINISTRATOR)) {
            Scopes.requireCommune(actor, provinceCode, communeCode);
        } else {
            Scopes.requireProvince(actor, provinceCode);
        }
    }

    /**
     * Acting at a dossier's step for its acting body: the commune officer of the dossier's commune at a commune check,
     * the province officer of its province at a council step (the province's OCOP office prepares every council's
     * round, the central one included, as it opens evaluations today); administrators at any step.
     */
    public void requireStepActor(CouncilLevel stepLevel, String provinceCode, String communeCode) {
        Actor actor = currentActor.get();
        if (actor.hasRole(Roles.ADMINISTRATOR)) {
            return;
        }
        if (stepLevel == CouncilLevel.COMMUNE_PRECHECK) {
            if (!actor.hasRole(Roles.COMMUNE_OFFICER)) {
                throw Scopes.forbidden("This step is the commune's check and proposal: it is acted on by the commune officer of commune "
                        + communeCode + ".");
            }
            Scopes.requireCommune(actor, provinceCode, communeCode);
            return;
        }
        if (!actor.hasRole(Roles.PROVINCE_OFFICER)) {
            throw Scopes.forbidden("This step is a council's (" + stepLevel + "): it is acted on by the province officers of province "
                    + provinceCode + ".");
        }
        Scopes.requireProvince(actor, provinceCode);
    }

    /**
     * Writing and reading what a producer keeps about its own certified product (mark uses, trace codes, their events and
     * export): the producer
     * (SUBJECT) for its own products only; administrators and the province officer of the product's province.
     */
    public void requireProductRecord(java.util.UUID subjectId, String provinceCode) {
        if (isSubject()) {
            if (!ownSubject().equals(subjectId)) {
                throw Scopes.forbidden("This product belongs to another OCOP subject; your token speaks for subject " + ownSubject() + " only.");
            }
            return;
        }
        Scopes.requireProvince(currentActor.get(), provinceCode);
    }

    private void requireOwnSubject(java.util.UUID subjectId) {
        if (!ownSubject().equals(subjectId)) {
            throw Scopes.forbidden("This dossier belongs to another OCOP subject; your token speaks for subject " + ownSubject() + " only.");
        }
    }

    private boolean communePrecheckInForce() {
        return ruleBook.inForceOn(clock.today()).map(rules -> rules.power(CouncilLevel.COMMUNE_PRECHECK).allowed()).orElse(false);
    }
}
