package vn.ntm.communes.criteria;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ntm.communes.criteria.CriteriaSetDocument.ThresholdDef;

/**
 * Picks the threshold that applies to a scope (region or commune group) and a year. A threshold for the scope
 * itself wins over one for every scope; among those, the narrowest year range wins. Publishing refuses two
 * thresholds of the same scope with overlapping years, so the choice is never ambiguous.
 */
public final class ThresholdSelector {

    private static final Comparator<ThresholdDef> MOST_SPECIFIC_FIRST = Comparator
            .comparing((ThresholdDef t) -> t.scope() == null)
            .thenComparingLong(ThresholdSelector::span);

    private ThresholdSelector() {
    }

    public static Optional<ThresholdDef> select(List<ThresholdDef> thresholds, String scope, int year) {
        if (thresholds == null) {
            return Optional.empty();
        }
        return thresholds.stream().filter(t -> t.covers(scope, year)).min(MOST_SPECIFIC_FIRST);
    }

    static long span(ThresholdDef t) {
        long from = t.yearFrom() == null ? Integer.MIN_VALUE : t.yearFrom();
        long to = t.yearTo() == null ? Integer.MAX_VALUE : t.yearTo();
        return to - from;
    }

    /** Whether two thresholds of the same scope apply to a common year. */
    static boolean overlap(ThresholdDef a, ThresholdDef b) {
        if (a.scope() == null ? b.scope() != null : !a.scope().equals(b.scope())) {
            return false;
        }
        long aFrom = a.yearFrom() == null ? Integer.MIN_VALUE : a.yearFrom();
        long aTo = a.yearTo() == null ? Integer.MAX_VALUE : a.yearTo();
        long bFrom = b.yearFrom() == null ? Integer.MIN_VALUE : b.yearFrom();
        long bTo = b.yearTo() == null ? Integer.MAX_VALUE : b.yearTo();
        return aFrom <= bTo && bFrom <= aTo;
    }
}
