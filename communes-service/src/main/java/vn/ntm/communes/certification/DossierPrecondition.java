package vn.ntm.communes.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ntm.communes.certification.DossierApi.UnmetCondition;

/**
 * A condition a dossier step checks that lives outside the dossier itself: the sector departments' sign-off of the
 * criteria, the field verification's open flags, and whatever a later procedure version names. Each one is a CDI bean
 * known by the {@link #code()} a procedure version lists among a step's preconditions, so a new condition is a bean
 * plus a line of data, not an edit of the workflow. {@link StepConditions} runs the ones the pinned version lists.
 */
public interface DossierPrecondition {

    /** The code procedure versions name this condition by, e.g. {@code SECTOR_SIGN_OFF}. */
    String code();

    /**
     * Adds one {@link UnmetCondition} per reason the dossier may not take the step on {@code stepDate}, and records
     * what was checked under {@code checks} (stored with the step). Must not change anything.
     */
    void check(DossierEntity dossier, LocalDate stepDate, List<UnmetCondition> unmet, Map<String, Object> checks);
}
