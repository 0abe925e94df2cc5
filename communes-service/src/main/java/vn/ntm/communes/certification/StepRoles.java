package vn.ntm.communes.certification;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.Roles;

/**
 * Who may record each step of a dossier (QĐ 18/2022/QĐ-TTg): the commune runs its own steps up to the submission,
 * the province's appraisers verify and appraise, the appraisal council votes, and the province decides. The province
 * officer stands in for the commune and the appraisers, never for the council. Each role acts only within its token's
 * scope; {@link vn.ntm.common.security.Scopes} checks that once the dossier is read.
 */
final class StepRoles {

    private static final List<String> COMMUNE_STEPS = List.of(Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER);
    private static final List<String> APPRAISAL_STEPS = List.of(Roles.APPRAISER, Roles.PROVINCE_OFFICER);
    private static final Map<DossierState, List<String>> MAY_TAKE = new EnumMap<>(DossierState.class);

    static {
        // opening the dossier (POST /api/v1/dossiers) is the self-assessment step
        MAY_TAKE.put(DossierState.SELF_ASSESSMENT, COMMUNE_STEPS);
        MAY_TAKE.put(DossierState.PUBLICATION_FOR_COMMENT, COMMUNE_STEPS);
        MAY_TAKE.put(DossierState.SATISFACTION_SURVEY, COMMUNE_STEPS);
        MAY_TAKE.put(DossierState.COMMUNE_VOTE, COMMUNE_STEPS);
        MAY_TAKE.put(DossierState.SUBMISSION, COMMUNE_STEPS);
        MAY_TAKE.put(DossierState.VERIFICATION, APPRAISAL_STEPS);
        MAY_TAKE.put(DossierState.PROVINCIAL_APPRAISAL, APPRAISAL_STEPS);
        MAY_TAKE.put(DossierState.COUNCIL_VOTE, List.of(Roles.COUNCIL_MEMBER));
        MAY_TAKE.put(DossierState.RECOGNISED, List.of(Roles.PROVINCE_OFFICER));
        MAY_TAKE.put(DossierState.REJECTED, List.of(Roles.APPRAISER, Roles.COUNCIL_MEMBER, Roles.PROVINCE_OFFICER));
        if (MAY_TAKE.size() != DossierState.values().length) {
            throw new IllegalStateException("every dossier step needs the roles that may take it");
        }
    }

    private StepRoles() {
    }

    /** The roles that may record {@code step}. */
    static List<String> mayTake(DossierState step) {
        return MAY_TAKE.get(step);
    }

    /** 403 naming the step and the roles that may take it, when none of the actor's roles may. */
    static void require(Actor actor, DossierState step) {
        List<String> allowed = mayTake(step);
        if (allowed.stream().anyMatch(actor::hasRole)) {
            return;
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("step", step);
        context.put("allowedRoles", allowed);
        context.put("yourRoles", actor.roles().stream().sorted().toList());
        throw new ApiException(ProblemType.FORBIDDEN, "The step " + step + " is recorded by " + String.join(" or ", allowed)
                + "; your token has " + (actor.roles().isEmpty() ? "no role" : actor.rolesText()) + ".", null, context);
    }
}
