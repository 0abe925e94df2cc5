package vn.ntm.communes.criteria;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ntm.communes.Level;
import vn.ntm.communes.criteria.CriteriaSetDocument.AddedIndicator;
import vn.ntm.communes.criteria.CriteriaSetDocument.CriterionDef;
import vn.ntm.communes.criteria.CriteriaSetDocument.IndicatorDef;
import vn.ntm.communes.criteria.CriteriaSetDocument.IndicatorOverride;
import vn.ntm.communes.criteria.CriteriaSetDocument.ThresholdDef;

/** A national set with a provincial overlay (if any) applied: what an assessment is evaluated against. */
public record EffectiveCriteriaSet(PublishedSet base, PublishedSet overlay, List<Criterion> criteria) {

    public record Criterion(CriterionDef definition, List<Indicator> indicators) {
        public int number() {
            return definition.number();
        }
    }

    /**
     * An indicator with the overlay's thresholds (empty when the overlay does not touch it).
     *
     * @param addedByOverlay the province added this indicator
     */
    public record Indicator(IndicatorDef definition, List<ThresholdDef> overlayThresholds, boolean addedByOverlay) {

        public String code() {
            return definition.code();
        }

        /** The overlay's threshold where one applies, else the national one. */
        public Optional<ResolvedThreshold> threshold(String scope, int year) {
            Optional<ThresholdDef> fromOverlay = ThresholdSelector.select(overlayThresholds, scope, year);
            if (fromOverlay.isPresent()) {
                return fromOverlay.map(t -> resolve(t, true));
            }
            return ThresholdSelector.select(definition.thresholds(), scope, year).map(t -> resolve(t, addedByOverlay));
        }

        private ResolvedThreshold resolve(ThresholdDef t, boolean overlay) {
            return new ResolvedThreshold(definition.operator(), t.value(), Boolean.TRUE.equals(t.verified()), t.source(), t.note(), overlay);
        }
    }

    public static EffectiveCriteriaSet of(PublishedSet base, PublishedSet overlay) {
        Map<String, List<ThresholdDef>> overrides = new LinkedHashMap<>();
        Map<Integer, List<IndicatorDef>> added = new LinkedHashMap<>();
        if (overlay != null) {
            for (IndicatorOverride o : nullSafe(overlay.document().overrides())) {
                overrides.computeIfAbsent(o.indicatorCode(), k -> new ArrayList<>()).addAll(o.thresholds());
            }
            for (AddedIndicator a : nullSafe(overlay.document().addedIndicators())) {
                added.computeIfAbsent(a.criterionNumber(), k -> new ArrayList<>()).add(a.indicator());
            }
        }
        List<Criterion> criteria = new ArrayList<>();
        for (CriterionDef c : base.document().criteria()) {
            List<Indicator> indicators = new ArrayList<>();
            for (IndicatorDef i : c.indicators()) {
                indicators.add(new Indicator(i, overrides.getOrDefault(i.code(), List.of()), false));
            }
            for (IndicatorDef i : added.getOrDefault(c.number(), List.of())) {
                indicators.add(new Indicator(i, List.of(), true));
            }
            criteria.add(new Criterion(c, List.copyOf(indicators)));
        }
        return new EffectiveCriteriaSet(base, overlay, List.copyOf(criteria));
    }

    public Level level() {
        return base.level();
    }

    public Optional<Indicator> indicator(String code) {
        return criteria.stream().flatMap(c -> c.indicators().stream()).filter(i -> i.code().equals(code)).findFirst();
    }

    public List<Indicator> indicators() {
        return criteria.stream().flatMap(c -> c.indicators().stream()).toList();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
