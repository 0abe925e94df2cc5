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
import vn.ntm.communes.criteria.ThresholdDimension;
import vn.ntm.communes.groups.CommuneGroupService;
import vn.ntm.communes.groups.GroupApi.GroupView;
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

    @Inject
    CommuneGroupService groups;

    /**
     * The set an assessment is evaluated against. A 2026–2030 assessment that named no version follows the version
     * in force on its assessment date, with the province's current overlay, so a set completed through the API
     * applies to it from the new version's effective date; one dated earlier keeps the version it had.
     */
    public EffectiveCriteriaSet effectiveSet(AssessmentEntity a) {
        PublishedSet base = criteriaSets.byId(a.criteriaSetId);
        if (!a.versionPinned && a.assessmentDate != null) {
            PublishedSet inForce = criteriaSets.inForce(base.code(), a.assessmentDate).orElse(base);
            return EffectiveCriteriaSet.of(inForce, criteriaSets.latestOverlay(inForce.code(), a.provinceCode).orElse(null));
        }
        PublishedSet overlay = a.overlaySetId == null ? null : criteriaSets.byId(a.overlaySetId);
        return EffectiveCriteriaSet.of(base, overlay);
    }

    public Evaluation evaluate(AssessmentEntity a, List<AssessmentValueEntity> values, LocalDate asOf) {
        return evaluate(effectiveSet(a), a, values, asOf);
    }

    /** Evaluates against {@code set}, which may be another version of the assessment's set (a simulation). */
    public Evaluation evaluate(EffectiveCriteriaSet set, AssessmentEntity a, List<AssessmentValueEntity> values, LocalDate asOf) {
        Map<String, RecordedValue> byCode = new HashMap<>();
        for (AssessmentValueEntity v : values) {
            byCode.put(v.key.indicatorCode, new RecordedValue(v.numericValue, v.passed, v.choice));
        }
        return CriteriaEvaluator.evaluate(set, inputs(set, a, byCode, asOf), revocationRule(set.base()));
    }

    /**
     * The revocation rule is versioned with the set: the set's own rule if it publishes one; for the 2021–2025
     * NTM and advanced sets the QĐ 18/2022/QĐ-TTg rule from configuration; otherwise none (the 19-criteria rule is
     * never applied to the 10 criteria of 2026–2030).
     */
    public RevocationRule revocationRule(PublishedSet set) {
        var own = set.document().revocationRule();
        if (own != null) {
            return new RevocationRule(own.alwaysNumerator(), own.alwaysDenominator(), own.withKeyNumerator(), own.withKeyDenominator());
        }
        if (set.level() == Level.MODEL || set.periodTo() > assessmentConfig.ruleLastYear()) {
            return null;
        }
        return assessmentConfig.rule();
    }

    /** Why there is no revocation test, or null when there is one. */
    public String revocationNote(PublishedSet set) {
        if (revocationRule(set) != null) {
            return null;
        }
        return set.level() == Level.MODEL ? "The model-commune conditions are not subject to the revocation test."
                : "No revocation rule has been published for " + set.code() + " (" + set.periodFrom() + "–" + set.periodTo()
                + "); the QĐ 18/2022/QĐ-TTg rule covers the 2021–2025 sets only. Publish one in the set (revocationRule) when it is issued.";
    }

    /** The commune group the assessment uses: the one in force on its date, unless an officer named a scope. */
    public Optional<GroupView> group(AssessmentEntity a, EffectiveCriteriaSet set) {
        if (a.thresholdScope != null || set.base().document().thresholdDimension() != ThresholdDimension.COMMUNE_GROUP || a.assessmentDate == null) {
            return Optional.empty();
        }
        return groups.inForce(a.unitId, a.assessmentDate);
    }

    public String scope(AssessmentEntity a, EffectiveCriteriaSet set) {
        return a.thresholdScope != null ? a.thresholdScope : group(a, set).map(g -> g.group().name()).orElse(null);
    }

    private CriteriaEvaluator.Inputs inputs(EffectiveCriteriaSet set, AssessmentEntity a, Map<String, RecordedValue> values, LocalDate asOf) {
        String scope = scope(a, set);
        return new CriteriaEvaluator.Inputs() {
            @Override
            public String scope() {
                return scope;
            }

            @Override
            public String scopeMissing() {
                return scope != null ? null : a.communeName + " (" + a.communeCode + ") has no commune group in force on " + a.assessmentDate
                        + "; set it with POST /api/v1/communes/" + a.communeCode + "/groups.";
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
                return derivedThreshold(derived, a.provinceCode, scope, a.year);
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
