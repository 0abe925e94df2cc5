package vn.ntm.communes.assessment;

import java.util.Optional;

/**
 * The exceptions to a frozen assessment. Once its dossier is submitted an assessment's values no longer change, except
 * where a body that checks them sends some back: a sector department returning its criteria for revision, a field
 * verification flagging an indicator. Each such body is a CDI bean; the assessment asks them all, so it knows nothing
 * of sign-offs or flags.
 */
public interface ValueCorrections {

    /** Why this indicator of the frozen assessment may still be corrected, or empty when this body has not reopened it. */
    Optional<String> reopened(AssessmentEntity assessment, int criterionNumber, String indicatorCode);

    /**
     * A value changed on a frozen assessment (in the same transaction, after at least one body reopened it): record the
     * correction, with the value before and after it ({@code "(none)"} when there was none).
     */
    void corrected(AssessmentEntity assessment, int criterionNumber, String indicatorCode, String before, String after);
}
