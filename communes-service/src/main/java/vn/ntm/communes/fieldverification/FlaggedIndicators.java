package vn.ntm.communes.fieldverification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.communes.assessment.AssessmentApi.IndicatorFlag;
import vn.ntm.communes.assessment.AssessmentEntity;
import vn.ntm.communes.assessment.IndicatorFlags;
import vn.ntm.communes.assessment.ValueCorrections;

/**
 * A flagged indicator is open to correction on the frozen assessment; correcting it resolves its open flags, keeping
 * the declared, found and corrected values. The assessment read shows the open ones.
 */
@ApplicationScoped
public class FlaggedIndicators implements ValueCorrections, IndicatorFlags {

    @Inject
    CurrentActor currentActor;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Optional<String> reopened(AssessmentEntity assessment, int criterionNumber, String indicatorCode) {
        return openOn(assessment.id, indicatorCode).stream().findFirst()
                .map(f -> "indicator " + indicatorCode + " is flagged by field verification " + f.verificationId + ": declared " + f.declaredValue
                        + ", found " + f.foundValue);
    }

    @Override
    public void corrected(AssessmentEntity assessment, int criterionNumber, String indicatorCode, String before, String after) {
        for (FieldFlagEntity f : openOn(assessment.id, indicatorCode)) {
            f.state = FlagState.CORRECTED;
            f.resolvedAt = Instant.now(clock);
            f.resolvedBy = currentActor.get().subject();
            f.resolutionReason = "corrected by the commune from " + before + " to " + after;
            f.correctedValue = after;
            FieldVerificationEntity v = FieldVerificationEntity.findById(f.verificationId);
            em.lock(v, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
    }

    @Override
    public List<IndicatorFlag> open(UUID assessmentId) {
        return FieldFlagEntity.<FieldFlagEntity>list("assessmentId = ?1 AND state = ?2 ORDER BY openedAt, indicatorCode", assessmentId, FlagState.OPEN)
                .stream().map(f -> new IndicatorFlag(f.id, f.indicatorCode, f.criterionNumber, f.dossierId, f.verificationId, f.declaredValue,
                        f.foundValue, f.note, f.openedAt)).toList();
    }

    static List<FieldFlagEntity> openOn(UUID assessmentId, String indicatorCode) {
        return FieldFlagEntity.list("assessmentId = ?1 AND indicatorCode = ?2 AND state = ?3", assessmentId, indicatorCode, FlagState.OPEN);
    }
}
