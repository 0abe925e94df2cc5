package vn.ntm.ocop.mark;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reported violation is REPORTED, then UNDER_REVIEW by the province, then RESOLVED with an action. */
@Schema(name = "OcopMarkViolationState")
public enum ViolationState {
    REPORTED,
    UNDER_REVIEW,
    RESOLVED
}
