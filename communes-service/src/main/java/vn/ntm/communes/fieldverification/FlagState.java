package vn.ntm.communes.fieldverification;

/** Where a field flag stands. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "FieldFlagState")
public enum FlagState {
    /** Blocks the council vote. */
    OPEN,
    /** The commune corrected the value (both values kept). */
    CORRECTED,
    /** The team withdrew it, with a reason. */
    WITHDRAWN
}
