package vn.ntm.ocop.evaluation;

/** OPEN while members file score sheets; DECIDED once the council's decision is recorded (no further edits). */
public enum EvaluationState {
    OPEN,
    DECIDED
}
