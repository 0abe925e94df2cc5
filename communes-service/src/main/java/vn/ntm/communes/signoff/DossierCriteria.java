package vn.ntm.communes.signoff;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ntm.communes.assessment.AssessmentEntity;
import vn.ntm.communes.assessment.AssessmentService;
import vn.ntm.communes.assessment.EvaluationService;
import vn.ntm.communes.certification.DossierEntity;
import vn.ntm.communes.certification.DossierState;
import vn.ntm.communes.certification.DossierStepEntity;
import vn.ntm.communes.criteria.CriteriaSetDocument.ResponsibleSector;
import vn.ntm.communes.criteria.EffectiveCriteriaSet;

/**
 * The criteria of a dossier as its departments see them: each criterion of the assessment's set (with its overlay)
 * and the sector the set names for it, or the appraisal lead when it names none. Also where a dossier stands for the
 * bodies that check it: submitted to the province, and not yet voted on by the council.
 */
@ApplicationScoped
public class DossierCriteria {

    @Inject
    AssessmentService assessments;

    @Inject
    EvaluationService evaluations;

    @Inject
    SignOffConfig config;

    /** A criterion and the department responsible for it; {@code defaulted} when the set names none. */
    public record CriterionRef(int number, String nameVi, String sector, String sectorSource, String confidence, boolean defaulted,
                               List<String> indicatorCodes) {
    }

    public List<CriterionRef> of(DossierEntity d) {
        return of(assessments.find(d.assessmentId));
    }

    public List<CriterionRef> of(AssessmentEntity a) {
        EffectiveCriteriaSet set = evaluations.effectiveSet(a);
        return set.criteria().stream().map(c -> {
            ResponsibleSector r = c.definition().responsibleSector();
            List<String> codes = c.indicators().stream().map(EffectiveCriteriaSet.Indicator::code).toList();
            return r == null
                    ? new CriterionRef(c.number(), c.definition().nameVi(), config.defaultSector(), config.defaultSectorSource(), "V", true, codes)
                    : new CriterionRef(c.number(), c.definition().nameVi(), r.sector(), r.source(), r.confidence(), false, codes);
        }).toList();
    }

    public static Map<Integer, CriterionRef> byNumber(List<CriterionRef> criteria) {
        return criteria.stream().collect(Collectors.toMap(CriterionRef::number, Function.identity()));
    }

    /** The step a state names, if the dossier took it (the latest such step). */
    public static Optional<DossierStepEntity> step(DossierEntity d, DossierState state) {
        return DossierStepEntity.<DossierStepEntity>find("dossierId = ?1 AND state = ?2", Sort.by("seq").descending(), d.id, state)
                .firstResultOptional();
    }

    /**
     * Why the checking bodies (sector departments, the field team) cannot act on the dossier now, or empty when they can:
     * it must have been submitted to the province, and the council must not have voted.
     */
    public static Optional<String> closedToChecks(DossierEntity d) {
        if (d.state.isFinal()) {
            return Optional.of("Dossier " + d.id + " is " + d.state + ".");
        }
        Optional<DossierStepEntity> vote = step(d, DossierState.COUNCIL_VOTE);
        if (vote.isPresent()) {
            return Optional.of("The appraisal council voted on dossier " + d.id + " on " + vote.get().stepDate + ": its criteria can no longer be "
                    + "approved, returned or unapproved.");
        }
        if (step(d, DossierState.SUBMISSION).isEmpty()) {
            return Optional.of("Dossier " + d.id + " is at " + d.state + ": the commune has not submitted it to the province yet.");
        }
        return Optional.empty();
    }
}
