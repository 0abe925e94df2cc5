package vn.ntm.communes.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import vn.ntm.common.problem.ApiException;
import vn.ntm.communes.criteria.EffectiveCriteriaSet;

/** Which values of an assessment may still change once its dossier is submitted, and the record of their corrections. */
@ApplicationScoped
public class FrozenAssessments {

    @Inject
    EntityManager em;

    @Inject
    Instance<ValueCorrections> corrections;

    /**
     * Once a dossier on the assessment is submitted, its values are what the upper tiers verify: they no longer change,
     * except the indicators a checking body has reopened (a returned criterion, a flagged indicator; see
     * {@link ValueCorrections}). Returns whether the assessment is frozen, i.e. whether the change is a correction.
     */
    boolean checkNotFrozen(AssessmentEntity a, EffectiveCriteriaSet set, List<String> indicatorCodes) {
        List<?> frozenBy = em.createNativeQuery("SELECT CAST(id AS text) || ' (' || state || ')' FROM dossier WHERE assessment_id = ?1"
                        + " AND state NOT IN ('SELF_ASSESSMENT', 'PUBLICATION_FOR_COMMENT', 'SATISFACTION_SURVEY', 'COMMUNE_VOTE', 'REJECTED') LIMIT 1")
                .setParameter(1, a.id).getResultList();
        if (frozenBy.isEmpty()) {
            return false;
        }
        List<String> locked = new ArrayList<>();
        for (String code : indicatorCodes) {
            int criterion = criterionOf(set, code);
            boolean reopened = criterion > 0 && corrections.stream().anyMatch(c -> c.reopened(a, criterion, code).isPresent());
            if (!reopened) {
                locked.add(code);
            }
        }
        if (locked.size() == indicatorCodes.size()) {
            throw ApiException.conflict("Assessment " + a.id + " backs the submitted dossier " + frozenBy.get(0)
                    + ": its values can no longer change, except those of criteria returned for revision or indicators flagged by a field verification. "
                    + "Open a new assessment for a new dossier.");
        }
        if (!locked.isEmpty()) {
            throw ApiException.conflict("Assessment " + a.id + " backs the submitted dossier " + frozenBy.get(0) + ": only the indicators of criteria "
                    + "returned for revision or flagged by a field verification may change; " + String.join(", ", locked) + " may not.");
        }
        return true;
    }

    private static int criterionOf(EffectiveCriteriaSet set, String indicatorCode) {
        return set.criteria().stream().filter(c -> c.indicators().stream().anyMatch(i -> i.code().equals(indicatorCode)))
                .mapToInt(EffectiveCriteriaSet.Criterion::number).findFirst().orElse(0);
    }

    void corrected(AssessmentEntity a, EffectiveCriteriaSet set, String code, String before) {
        String after = valueText(code, a);
        int criterion = criterionOf(set, code);
        corrections.forEach(c -> c.corrected(a, criterion, code, before, after));
    }

    /** The value of an indicator as text (a number, true/false, a choice code), {@code "(none)"} when none is recorded. */
    public static String valueText(AssessmentValueEntity v) {
        if (v == null) {
            return "(none)";
        }
        if (v.numericValue != null) {
            return v.numericValue.stripTrailingZeros().toPlainString();
        }
        if (v.passed != null) {
            return v.passed.toString();
        }
        return v.choice == null ? "(none)" : v.choice;
    }

    static String valueText(String code, AssessmentEntity a) {
        return valueText(AssessmentValueEntity.<AssessmentValueEntity>findById(new AssessmentValueEntity.Key(a.id, code)));
    }

}
