package vn.ntm.communes.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.communes.assessment.AssessmentEntity;
import vn.ntm.communes.assessment.ValueCorrections;
import vn.ntm.communes.certification.DossierEntity;
import vn.ntm.communes.certification.DossierState;

/**
 * A criterion returned for revision reopens its indicators on the frozen assessment, and only those; a correction
 * of any value of a criterion (returned, or flagged by the field team) puts it back before its department.
 */
@ApplicationScoped
public class ReturnedCriteria implements ValueCorrections {

    @Inject
    SignOffRecords records;

    @Inject
    DossierCriteria dossierCriteria;

    @Inject
    CurrentActor currentActor;

    @Inject
    EntityManager em;

    @Override
    public Optional<String> reopened(AssessmentEntity assessment, int criterionNumber, String indicatorCode) {
        for (DossierEntity d : liveDossiers(assessment)) {
            CriterionSignOffEntity row = CriterionSignOffEntity.findById(new CriterionSignOffEntity.Key(d.id, criterionNumber));
            if (row != null && row.status.openToCorrection()) {
                return Optional.of("criterion " + criterionNumber + " was returned for revision by " + row.sector + ": " + row.returnReason);
            }
        }
        return Optional.empty();
    }

    @Override
    public void corrected(AssessmentEntity assessment, int criterionNumber, String indicatorCode, String before, String after) {
        DossierCriteria.CriterionRef criterion = DossierCriteria.byNumber(dossierCriteria.of(assessment)).get(criterionNumber);
        for (DossierEntity d : liveDossiers(assessment)) {
            if (criterion == null || DossierCriteria.closedToChecks(d).isPresent()) {
                continue;
            }
            em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
            CriterionSignOffEntity row = CriterionSignOffEntity.findById(new CriterionSignOffEntity.Key(d.id, criterionNumber));
            if (row != null && row.status != SignOffStatus.PENDING) {
                // an approval given on the old value no longer holds: the department looks again
                row.status = SignOffStatus.CORRECTED;
                row.correctedAt = records.now();
                row.approvedBy = null;
                row.approvedAt = null;
                row.approvalNote = null;
            }
            SignOffActEntity act = records.act(d.id, criterionNumber, criterion.sector(), SignOffAct.CORRECTION,
                    currentActor.get(), null);
            act.indicatorCode = indicatorCode;
            act.valueBefore = before;
            act.valueAfter = after;
            records.bump(d.id);
        }
    }

    private static List<DossierEntity> liveDossiers(AssessmentEntity a) {
        return DossierEntity.list("assessmentId = ?1 AND state <> ?2", a.id, DossierState.REJECTED);
    }
}
