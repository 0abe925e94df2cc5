package vn.ntm.ocop.evaluation;

/**
 * What a decision tells the dossier it was opened from. An interface here, implemented in the dossier package, so
 * that evaluations do not depend on dossiers (the dossier package depends on evaluations).
 */
public interface DossierProgress {

    /** The certificate the evaluation's dossier renews, or {@code null} (no dossier, or not a renewal). */
    vn.ntm.ocop.certificate.Certificate renewedCertificate(Evaluation evaluation);

    /** Moves the evaluation's dossier on after the decision (inside the decision's transaction); no-op when back-filled. */
    void afterDecision(Evaluation evaluation);
}
