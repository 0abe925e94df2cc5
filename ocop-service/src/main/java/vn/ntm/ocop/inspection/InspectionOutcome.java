package vn.ntm.ocop.inspection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an annual inspection concluded. */
@Schema(name = "OcopInspectionOutcome")
public enum InspectionOutcome {
    COMPLIANT,
    /** Remedy by a deadline; a follow-up inspection closes it. */
    WARNING,
    /** Opens the certificate's revocation, with the inspection as its reason. */
    PROPOSE_REVOCATION
}
