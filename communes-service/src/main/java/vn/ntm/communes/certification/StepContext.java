package vn.ntm.communes.certification;

import java.time.LocalDate;
import vn.ntm.communes.certification.DossierApi.Transition;
import vn.ntm.communes.procedure.PinnedProcedure;

/**
 * What a step's preconditions read: the dossier as it is, the version it is pinned to, the requested step and its
 * date, the declarations as they would stand after the step, and the other services' answers.
 */
record StepContext(DossierEntity dossier, PinnedProcedure procedure, DossierState step, LocalDate date, Transition transition, RemoteFacts facts,
                   Boolean debt, Boolean troubleSpot) {

    boolean backfill() {
        return transition != null && Boolean.TRUE.equals(transition.backfill());
    }
}
