package vn.ntm.ocop.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.ocop.evaluation.DossierProgress;
import vn.ntm.ocop.evaluation.Evaluation;

/**
 * What a council's decision does to the dossier its evaluation was opened from. A result above what the council may
 * certify (the decision's proposal, e.g. 90+ points at a province under QĐ 1489) moves the dossier to the next step
 * when the average reaches that step's entry score; otherwise the dossier ends CERTIFIED or NOT_CERTIFIED.
 */
@ApplicationScoped
public class DossierDecisions implements DossierProgress {

    @Inject
    DossierRules rules;

    @Inject
    CurrentActor actor;

    @Override
    public vn.ntm.ocop.certificate.Certificate renewedCertificate(Evaluation evaluation) {
        if (evaluation.dossierId == null) {
            return null;
        }
        Dossier dossier = Dossier.findById(evaluation.dossierId);
        return dossier == null ? null : dossier.renewalOf;
    }

    @Override
    public void afterDecision(Evaluation evaluation) {
        if (evaluation.dossierId == null) {
            return;
        }
        Dossier dossier = Dossier.findById(evaluation.dossierId, LockModeType.PESSIMISTIC_WRITE);
        if (dossier == null || dossier.state != DossierState.IN_EVALUATION || !evaluation.id.equals(dossier.evaluationId)) {
            return;
        }
        DossierStep step = rules.step(dossier.ruleVersion, dossier.stepPosition);
        String by = actor.get().subject();
        if (evaluation.certificate != null) {
            dossier.certificate = evaluation.certificate;
        }
        DossierSteps.record(dossier, step, DossierEvent.DECIDED, by, "average " + evaluation.averageScore + ", outcome " + evaluation.outcome
                + (evaluation.awardedStars == null ? "" : ", " + evaluation.awardedStars + " stars") + ", decision " + evaluation.decisionNumber);
        Optional<DossierStep> next = rules.next(dossier.ruleVersion, step.position());
        boolean onward = evaluation.proposedForStars != null && next.isPresent()
                && (next.get().minScoreToEnter() == null || evaluation.averageScore.compareTo(next.get().minScoreToEnter()) >= 0);
        if (onward) {
            dossier.stepPosition = next.get().position();
            dossier.state = DossierState.SUBMITTED;
            DossierSteps.record(dossier, next.get(), DossierEvent.ADVANCED, by, "proposed for " + evaluation.proposedForStars + " stars");
        } else if (dossier.certificate != null) {
            dossier.state = DossierState.CERTIFIED;
            DossierSteps.record(dossier, step, DossierEvent.CERTIFIED, by, dossier.certificate.number);
        } else {
            dossier.state = DossierState.NOT_CERTIFIED;
            DossierSteps.record(dossier, step, DossierEvent.NOT_CERTIFIED, by, null);
        }
        dossier.updatedAt = Instant.now();
    }
}
