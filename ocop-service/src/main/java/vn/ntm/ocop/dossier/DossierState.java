package vn.ntm.ocop.dossier;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a dossier stands at its current step. */
@Schema(name = "OcopDossierState")
public enum DossierState {
    /** Waiting for the current step's body: a check and proposal, or a council's evaluation to be opened. */
    SUBMITTED,
    /** Sent back to the producer for revision, with a reason; resubmission returns it to the same step. */
    RETURNED,
    /** A council's evaluation, opened from the dossier, is under way at the current step. */
    IN_EVALUATION,
    CERTIFIED,
    /** The council decided without certifying (below the stars it may certify). */
    NOT_CERTIFIED;

    /** The states of a dossier still on its way; a product has at most one such dossier. */
    public static final java.util.List<DossierState> OPEN_STATES = java.util.List.of(SUBMITTED, RETURNED, IN_EVALUATION);

    public boolean open() {
        return this == SUBMITTED || this == RETURNED || this == IN_EVALUATION;
    }
}
