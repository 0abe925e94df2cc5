package vn.ntm.ocop.certificate;

/** Whether a certificate is a product's first or follows an earlier one (re-evaluation, upgrade or downgrade). */
public enum IssueKind {
    NEW,
    RE_EVALUATION
}
