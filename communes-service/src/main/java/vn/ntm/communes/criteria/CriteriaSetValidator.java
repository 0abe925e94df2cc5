package vn.ntm.communes.criteria;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.communes.criteria.CriteriaSetDocument.AddedIndicator;
import vn.ntm.communes.criteria.CriteriaSetDocument.CriterionDef;
import vn.ntm.communes.criteria.CriteriaSetDocument.IndicatorDef;
import vn.ntm.communes.criteria.CriteriaSetDocument.IndicatorOverride;
import vn.ntm.communes.criteria.CriteriaSetDocument.Scope;
import vn.ntm.communes.criteria.CriteriaSetDocument.ThresholdDef;

/**
 * The rules a criteria set must follow beyond field validation, each reported on the field it concerns so that
 * an officer can fix the document: unique numbers and codes, fields that fit the indicator type, thresholds inside
 * the set's scopes and period without overlaps, and for an overlay only stricter thresholds than its base.
 */
public final class CriteriaSetValidator {

    /** Lists an indicator of type CHOICE may draw from. */
    public static final Set<String> CHOICE_LISTS = Set.of("OUTSTANDING_FIELDS");

    private final Set<String> knownFactors;
    private final List<FieldError> errors = new ArrayList<>();

    private CriteriaSetValidator(Set<String> knownFactors) {
        this.knownFactors = knownFactors;
    }

    /** Errors of a national set. */
    public static List<FieldError> national(CriteriaSetDocument doc, Set<String> knownFactors) {
        CriteriaSetValidator v = new CriteriaSetValidator(knownFactors);
        v.checkNational(doc);
        return v.errors;
    }

    /** Errors of an overlay on {@code base} (a national set). */
    public static List<FieldError> overlay(CriteriaSetDocument doc, CriteriaSetDocument base, Set<String> knownFactors) {
        CriteriaSetValidator v = new CriteriaSetValidator(knownFactors);
        v.checkOverlay(doc, base);
        return v.errors;
    }

    private void checkNational(CriteriaSetDocument doc) {
        require(doc.level() != null, "level", "is required for a national set");
        require(doc.periodFrom() != null, "periodFrom", "is required for a national set");
        require(doc.periodTo() != null, "periodTo", "is required for a national set");
        require(doc.thresholdDimension() != null, "thresholdDimension", "is required for a national set (REGION or COMMUNE_GROUP)");
        require(doc.scopes() != null && !doc.scopes().isEmpty(), "scopes", "list at least one region or commune group");
        require(doc.criteria() != null && !doc.criteria().isEmpty(), "criteria", "list at least one criterion");
        require(doc.overrides() == null || doc.overrides().isEmpty(), "overrides", "only an overlay (with baseCode and provinceCode) has overrides");
        require(doc.addedIndicators() == null || doc.addedIndicators().isEmpty(), "addedIndicators", "only an overlay (with baseCode and provinceCode) adds indicators");
        if (doc.periodFrom() != null && doc.periodTo() != null && doc.periodFrom() > doc.periodTo()) {
            errors.add(new FieldError("periodTo", "must not be before periodFrom"));
        }
        Set<String> scopes = scopeCodes(doc.scopes(), true);
        if (doc.criteria() == null) {
            return;
        }
        Set<Integer> numbers = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int c = 0; c < doc.criteria().size(); c++) {
            CriterionDef criterion = doc.criteria().get(c);
            String at = "criteria[" + c + "]";
            if (!numbers.add(criterion.number())) {
                errors.add(new FieldError(at + ".number", "criterion " + criterion.number() + " appears twice"));
            }
            for (int i = 0; i < criterion.indicators().size(); i++) {
                IndicatorDef indicator = criterion.indicators().get(i);
                String iat = at + ".indicators[" + i + "]";
                if (!codes.add(indicator.code())) {
                    errors.add(new FieldError(iat + ".code", "indicator code '" + indicator.code() + "' appears twice in the set"));
                }
                checkIndicator(indicator, iat, scopes, doc.periodFrom(), doc.periodTo());
            }
        }
    }

    private void checkOverlay(CriteriaSetDocument doc, CriteriaSetDocument base) {
        require(doc.baseCode() != null, "baseCode", "is required for an overlay");
        require(doc.provinceCode() != null, "provinceCode", "is required for an overlay");
        require(doc.criteria() == null || doc.criteria().isEmpty(), "criteria", "an overlay cannot redefine criteria: use overrides and addedIndicators");
        require(doc.level() == null || doc.level() == base.level(), "level", "an overlay has its base's level (" + base.level() + ")");
        require(doc.periodFrom() == null || doc.periodFrom().equals(base.periodFrom()), "periodFrom", "an overlay has its base's period (" + base.periodFrom() + ")");
        require(doc.periodTo() == null || doc.periodTo().equals(base.periodTo()), "periodTo", "an overlay has its base's period (" + base.periodTo() + ")");
        require(doc.thresholdDimension() == null || doc.thresholdDimension() == base.thresholdDimension(), "thresholdDimension", "an overlay has its base's dimension (" + base.thresholdDimension() + ")");
        require(doc.scopes() == null || doc.scopes().isEmpty(), "scopes", "an overlay uses its base's scopes");
        boolean hasOverrides = doc.overrides() != null && !doc.overrides().isEmpty();
        boolean hasAdded = doc.addedIndicators() != null && !doc.addedIndicators().isEmpty();
        require(hasOverrides || hasAdded, "overrides", "an overlay must tighten at least one threshold or add at least one indicator");

        Set<String> scopes = scopeCodes(base.scopes(), false);
        Map<String, IndicatorDef> baseIndicators = new HashMap<>();
        Set<Integer> baseCriteria = new HashSet<>();
        for (CriterionDef c : base.criteria()) {
            baseCriteria.add(c.number());
            c.indicators().forEach(i -> baseIndicators.put(i.code(), i));
        }
        Set<String> overridden = new HashSet<>();
        if (hasOverrides) {
            for (int o = 0; o < doc.overrides().size(); o++) {
                IndicatorOverride override = doc.overrides().get(o);
                String at = "overrides[" + o + "]";
                IndicatorDef target = baseIndicators.get(override.indicatorCode());
                if (target == null) {
                    errors.add(new FieldError(at + ".indicatorCode", "indicator '" + override.indicatorCode() + "' is not in " + doc.baseCode()));
                    continue;
                }
                if (!overridden.add(override.indicatorCode())) {
                    errors.add(new FieldError(at + ".indicatorCode", "indicator '" + override.indicatorCode() + "' is overridden twice"));
                }
                if (target.type() != IndicatorType.NUMERIC || target.derivedThreshold() != null) {
                    errors.add(new FieldError(at + ".indicatorCode", "indicator '" + override.indicatorCode() + "' has no threshold of its own to tighten"));
                    continue;
                }
                checkThresholds(override.thresholds(), at + ".thresholds", scopes, base.periodFrom(), base.periodTo());
                checkStricter(target, override.thresholds(), at + ".thresholds", scopes, base.periodFrom(), base.periodTo());
            }
        }
        if (hasAdded) {
            Set<String> codes = new HashSet<>(baseIndicators.keySet());
            for (int a = 0; a < doc.addedIndicators().size(); a++) {
                AddedIndicator added = doc.addedIndicators().get(a);
                String at = "addedIndicators[" + a + "]";
                if (!baseCriteria.contains(added.criterionNumber())) {
                    errors.add(new FieldError(at + ".criterionNumber", "criterion " + added.criterionNumber() + " is not in " + doc.baseCode()));
                }
                if (!codes.add(added.indicator().code())) {
                    errors.add(new FieldError(at + ".indicator.code", "indicator code '" + added.indicator().code() + "' already exists in the set"));
                }
                IndicatorType type = added.indicator().type();
                if (type != IndicatorType.NUMERIC && type != IndicatorType.PASS_FAIL) {
                    errors.add(new FieldError(at + ".indicator.type", "a province adds NUMERIC or PASS_FAIL indicators"));
                }
                checkIndicator(added.indicator(), at + ".indicator", scopes, base.periodFrom(), base.periodTo());
            }
        }
    }

    private void checkIndicator(IndicatorDef i, String at, Set<String> scopes, Integer periodFrom, Integer periodTo) {
        boolean numeric = i.type() == IndicatorType.NUMERIC;
        if (numeric && i.operator() == null) {
            errors.add(new FieldError(at + ".operator", "a NUMERIC indicator needs an operator (GTE, GT, LTE, LT, EQ)"));
        }
        if (!numeric && i.operator() != null) {
            errors.add(new FieldError(at + ".operator", "only NUMERIC indicators have an operator"));
        }
        if (!numeric && !i.thresholdsOrEmpty().isEmpty()) {
            errors.add(new FieldError(at + ".thresholds", "only NUMERIC indicators have thresholds"));
        }
        if (!numeric && i.derivedThreshold() != null) {
            errors.add(new FieldError(at + ".derivedThreshold", "only NUMERIC indicators have a derived threshold"));
        }
        if (i.derivedThreshold() != null && !i.thresholdsOrEmpty().isEmpty()) {
            errors.add(new FieldError(at + ".thresholds", "an indicator with a derived threshold has no thresholds of its own"));
        }
        if (i.derivedThreshold() != null && !knownFactors.contains(i.derivedThreshold().factor())) {
            errors.add(new FieldError(at + ".derivedThreshold.factor", "unknown factor '" + i.derivedThreshold().factor()
                    + "'; configured factors: " + String.join(", ", knownFactors.stream().sorted().toList())));
        }
        if ((i.type() == IndicatorType.RECOGNITION) != (i.requires() != null)) {
            errors.add(new FieldError(at + ".requires", i.type() == IndicatorType.RECOGNITION
                    ? "a RECOGNITION indicator names the recognition it requires" : "only RECOGNITION indicators have requires"));
        }
        if (i.type() == IndicatorType.CHOICE && (i.choices() == null || !CHOICE_LISTS.contains(i.choices()))) {
            errors.add(new FieldError(at + ".choices", "a CHOICE indicator draws from one of: " + String.join(", ", CHOICE_LISTS)));
        }
        if (i.type() != IndicatorType.CHOICE && i.choices() != null) {
            errors.add(new FieldError(at + ".choices", "only CHOICE indicators have choices"));
        }
        if (numeric) {
            checkThresholds(i.thresholdsOrEmpty(), at + ".thresholds", scopes, periodFrom, periodTo);
        }
    }

    private void checkThresholds(List<ThresholdDef> thresholds, String at, Set<String> scopes, Integer periodFrom, Integer periodTo) {
        for (int t = 0; t < thresholds.size(); t++) {
            ThresholdDef threshold = thresholds.get(t);
            String tat = at + "[" + t + "]";
            if (threshold.scope() != null && !scopes.contains(threshold.scope())) {
                errors.add(new FieldError(tat + ".scope", "unknown scope '" + threshold.scope() + "'; the set's scopes are "
                        + String.join(", ", scopes.stream().sorted().toList())));
            }
            if (threshold.yearFrom() != null && threshold.yearTo() != null && threshold.yearFrom() > threshold.yearTo()) {
                errors.add(new FieldError(tat + ".yearTo", "must not be before yearFrom"));
            }
            if (periodFrom != null && threshold.yearTo() != null && threshold.yearTo() < periodFrom
                    || periodTo != null && threshold.yearFrom() != null && threshold.yearFrom() > periodTo) {
                errors.add(new FieldError(tat, "years lie outside the set's period " + periodFrom + "–" + periodTo));
            }
            if (Boolean.FALSE.equals(threshold.verified()) && (threshold.note() == null || threshold.note().isBlank())) {
                errors.add(new FieldError(tat + ".note", "an unverified threshold must say why it is used (note)"));
            }
            for (int u = 0; u < t; u++) {
                if (ThresholdSelector.overlap(thresholds.get(u), threshold)) {
                    errors.add(new FieldError(tat, "overlaps " + at + "[" + u + "]: same scope and overlapping years"));
                }
            }
        }
    }

    /** Each overlay threshold must ask at least as much as the national one, for every scope and year it covers. */
    private void checkStricter(IndicatorDef base, List<ThresholdDef> overlay, String at, Set<String> scopes, Integer periodFrom, Integer periodTo) {
        if (periodFrom == null || periodTo == null) {
            return;
        }
        for (int t = 0; t < overlay.size(); t++) {
            ThresholdDef candidate = overlay.get(t);
            if (candidate.value() == null) {
                continue;
            }
            Set<String> covered = candidate.scope() == null ? scopes : Set.of(candidate.scope());
            int from = Math.max(periodFrom, candidate.yearFrom() == null ? periodFrom : candidate.yearFrom());
            int to = Math.min(periodTo, candidate.yearTo() == null ? periodTo : candidate.yearTo());
            List<String> looser = new ArrayList<>();
            for (String scope : covered.stream().sorted().toList()) {
                for (int year = from; year <= to; year++) {
                    Optional<ThresholdDef> national = ThresholdSelector.select(base.thresholds(), scope, year);
                    if (national.isPresent() && !base.operator().atLeastAsStrict(candidate.value(), national.get().value())) {
                        looser.add(scope + " " + year + " (national " + base.operator().symbol() + " " + national.get().value().toPlainString() + ")");
                    }
                }
            }
            if (!looser.isEmpty()) {
                errors.add(new FieldError(at + "[" + t + "].value", "an overlay may only tighten thresholds; "
                        + base.operator().symbol() + " " + candidate.value().toPlainString() + " is looser for "
                        + String.join(", ", looser.subList(0, Math.min(5, looser.size()))) + (looser.size() > 5 ? ", …" : "")));
            }
        }
    }

    private Set<String> scopeCodes(List<Scope> scopes, boolean report) {
        if (scopes == null) {
            return Set.of();
        }
        Set<String> codes = new HashSet<>();
        for (int s = 0; s < scopes.size(); s++) {
            if (!codes.add(scopes.get(s).code()) && report) {
                errors.add(new FieldError("scopes[" + s + "].code", "scope '" + scopes.get(s).code() + "' appears twice"));
            }
        }
        return codes.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private void require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldError(field, message));
        }
    }
}
