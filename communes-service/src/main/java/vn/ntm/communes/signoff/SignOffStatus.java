package vn.ntm.communes.signoff;

/** Where a criterion stands with the department responsible for it. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CriterionSignOffStatus")
public enum SignOffStatus {
    /** Nothing done yet, or an approval withdrawn: awaits the department. */
    PENDING,
    /** Confirmed by the department. */
    APPROVED,
    /** Sent back to the commune for revision: its indicators may be corrected. */
    RETURNED,
    /** The commune corrected a value (after a return, or a field flag): awaits the department again; still open to correction. */
    CORRECTED;

    /** The commune may still correct the criterion's values. */
    public boolean openToCorrection() {
        return this == RETURNED || this == CORRECTED;
    }

    /** The department has something to do. */
    public boolean awaitsSector() {
        return this == PENDING || this == CORRECTED;
    }
}
