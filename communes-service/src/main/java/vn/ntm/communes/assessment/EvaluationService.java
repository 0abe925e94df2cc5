package vn.ntm.communes.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ntm.common.problem.ApiException;
import vn.ntm.communes.Level;
import vn.ntm.communes.assessment.CriteriaEvaluator.RecordedValue;
import vn.ntm.communes.criteria.CriteriaConfig;
import vn.ntm.communes.criteria.CriteriaSetDocument.DerivedThreshold;
import vn.ntm.communes.criteria.CriteriaSetDocument.RequiredRecognition;
import vn.ntm.communes.criteria.CriteriaSetService;
import vn.ntm.communes.criteria.EffectiveCriteriaSet;
import vn.ntm.communes.criteria.OutstandingFields;
import vn.ntm.communes.criteria.PublishedSet;
import vn.ntm.communes.criteria.ResolvedThreshold;
import vn.ntm.communes.recognition.RecognitionRegistry;

/** Gathers what an evaluation needs (set, overlay, values, recognitions, provincial lists) and runs the engine. */
@ApplicationScoped
public class EvaluationService {

    @Inject
    CriteriaSetService criteriaSets;

    @Inject
    CriteriaConfig criteriaConfig;

    @Inject
    AssessmentConfig assessmentConfig;

    @Inject
    RecognitionRegistry recognitions;

    @Inject
    OutstandingFields outstandingFields;

    public EffectiveCriteriaSet effectiveSet(AssessmentEntity a) {
        PublishedSet base = criteriaSets.byId(a.criteriaSetId);
        PublishedSet overlay = a.overlaySetId == null ? null : criteriaSets.byId(a.overlaySetId);
        return EffectiveCriteriaSet.of(base, overlay);
    }

    public Evaluation evaluate(AssessmentEntity a, List<AssessmentValueEntity> values, LocalDate asOf) {
        EffectiveCriteriaSet set = effectiveSet(a);
        Map<String, RecordedValue> byCode = new HashMap<>();
        for (AssessmentValueEntity v : values) {
            byCode.put(v.key.indicatorCode, new RecordedValue(v.numericValue, v.passed, v.choice));
        }
        RevocationRule rule = set.level() == Level.MODEL ? null : assessmentConfig.rule();
        return CriteriaEvaluator.evaluate(set, inputs(a, byCode, asOf), rule);
    }

    private CriteriaEvaluator.Inputs inputs(AssessmentEntity a, Map<String, RecordedValue> values, LocalDate asOf) {
        return new CriteriaEvaluator.Inputs() {
            @Override
            public String scope() {
                return a.thresholdScope;
            }

            @Override
            public int year() {
                return a.year;
            }

            @Override
            public Optional<RecordedValue> value(String indicatorCode) {
                return Optional.ofNullable(values.get(indicatorCode));
            }

            @Override
            public boolean holds(RequiredRecognition requirement) {
                return recognitions.current(a.unitId, requirement.level(), asOf)
                        .filter(r -> requirement.criteriaSetCode().equals(r.criteriaSetCode())).isPresent();
            }

            @Override
            public Optional<ResolvedThreshold> derived(DerivedThreshold derived) {
                return derivedThreshold(derived, a.provinceCode, a.thresholdScope, a.year);
            }

            @Override
            public Set<String> choices(String list) {
                return outstandingFields.choices(list, a.provinceCode);
            }
        };
    }

    /** Another set's threshold (with the province's overlay) for the same scope and year, times the configured factor. */
    Optional<ResolvedThreshold> derivedThreshold(DerivedThreshold derived, String provinceCode, String scope, int year) {
        CriteriaConfig.Factor factor = criteriaConfig.factors().get(derived.factor());
        if (factor == null) {
            throw ApiException.unprocessable("Factor " + derived.factor() + " is not configured (ntm.criteria.factors).");
        }
        Optional<PublishedSet> base = criteriaSets.latest(derived.criteriaSetCode());
        if (base.isEmpty()) {
            return Optional.empty();
        }
        PublishedSet overlay = criteriaSets.latestOverlay(derived.criteriaSetCode(), provinceCode).orElse(null);
        EffectiveCriteriaSet set = EffectiveCriteriaSet.of(base.get(), overlay);
        return set.indicator(derived.indicatorCode()).flatMap(i -> i.threshold(scope, year)).map(t -> new ResolvedThreshold(
                t.operator(), t.value().multiply(factor.value()), t.verified(),
                factor.value().toPlainString() + " × threshold of " + derived.indicatorCode() + " in " + base.get().code() + " v"
                        + base.get().version() + " (" + t.source() + "); factor: " + factor.source(),
                t.note(), t.fromOverlay()));
    }

    /** Things to confirm before relying on the result, in words. */
    public static List<String> warnings(Evaluation e) {
        List<String> warnings = new ArrayList<>();
        if (e.unverifiedThresholdsUsed() > 0) {
            warnings.add(e.unverifiedThresholdsUsed() + " threshold(s) used are provisional (thresholdVerified: false): confirm them from the official text.");
        }
        long missingThresholds = e.criteria().stream().flatMap(c -> c.indicators().stream())
                .filter(i -> i.missing() != null && i.missing().contains(Evaluation.MissingReason.MISSING_THRESHOLD)).count();
        if (missingThresholds > 0) {
            warnings.add(missingThresholds + " indicator(s) have no threshold for this region and year (missing threshold): publish them in a new version of the criteria set.");
        }
        long noValue = e.criteria().stream().flatMap(c -> c.indicators().stream())
                .filter(i -> i.missing() != null && i.missing().contains(Evaluation.MissingReason.NO_VALUE)).count();
        if (noValue > 0) {
            warnings.add(noValue + " indicator(s) have no value recorded.");
        }
        return warnings;
    }
}
