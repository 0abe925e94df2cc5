package vn.ntm.ocop.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OPEN while members file score sheets; DECIDED once the council's decision is recorded (no further edits). */
@Schema(name = "OcopEvaluationState")
public enum EvaluationState {
    OPEN,
    DECIDED
}
