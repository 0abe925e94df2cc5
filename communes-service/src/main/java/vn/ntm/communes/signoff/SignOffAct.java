package vn.ntm.communes.signoff;

/** What can happen to a criterion's sign-off. The first three are the department's; CORRECTION is the commune's. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CriterionSignOffAct")
public enum SignOffAct {
    APPROVE,
    RETURN,
    UNAPPROVE,
    CORRECTION
}
