package vn.ntm.ocop.certificate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether a certificate is a product's first or follows an earlier one (re-evaluation, upgrade or downgrade). */
@Schema(name = "OcopIssueKind")
public enum IssueKind {
    NEW,
    RE_EVALUATION,
    /** Decided on a renewal dossier before the renewed certificate expired: it follows on without a gap. */
    RENEWAL
}
