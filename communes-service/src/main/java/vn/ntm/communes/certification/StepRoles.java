package vn.ntm.communes.certification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;

/**
 * Who may record a step: the roles its procedure version lists (in the shipped versions the commune runs its own
 * steps up to the submission, the province's appraisers verify and appraise, the council votes, and the province
 * decides). Each role acts only within its token's scope; {@link vn.ntm.common.security.Scopes} checks that once the
 * dossier is read.
 */
final class StepRoles {

    private StepRoles() {
    }

    /** 403 naming the step and the roles that may take it, when none of the actor's roles may. */
    static void require(Actor actor, DossierState step, Collection<String> allowed) {
        if (allowed.stream().anyMatch(actor::hasRole)) {
            return;
        }
        List<String> sorted = allowed.stream().sorted().toList();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("step", step);
        context.put("allowedRoles", sorted);
        context.put("yourRoles", actor.roles().stream().sorted().toList());
        throw new ApiException(ProblemType.FORBIDDEN, "The step " + step + " is recorded by " + (sorted.isEmpty() ? "no role" : String.join(" or ", sorted))
                + "; your token has " + (actor.roles().isEmpty() ? "no role" : actor.rolesText()) + ".", null, context);
    }
}
