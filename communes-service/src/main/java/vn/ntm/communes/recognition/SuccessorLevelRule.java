package vn.ntm.communes.recognition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.ntm.communes.Level;

/**
 * The level of a unit formed by merging others, following the ministry's guidance for merged communes (document
 * 5424/BNN-VPĐP of 09/08/2023 and the practice it describes): when every predecessor held a level under the same
 * criteria set, the merged unit holds the lowest of those levels; when they did not (one held nothing, or they were
 * recognised under different sets), it holds none and must be re-appraised. Predecessors that held nothing at all
 * leave nothing to re-appraise.
 */
public final class SuccessorLevelRule {

    /** One recognition a predecessor held on its last day. */
    public record Held(UUID recognitionId, Level level, String criteriaSetCode) {
    }

    /** A predecessor and what it held. */
    public record Predecessor(long unitId, List<Held> held) {
    }

    /** For each predecessor, the recognition the outcome rests on ({@code null} when it held nothing). */
    public record Outcome(Level level, String criteriaSetCode, boolean reappraisalRequired, List<Held> basis) {

        static Outcome nothing(List<Held> basis) {
            return new Outcome(null, null, false, basis);
        }
    }

    private SuccessorLevelRule() {
    }

    public static Outcome apply(List<Predecessor> predecessors) {
        List<Held> highest = predecessors.stream().map(p -> highest(p.held()).orElse(null)).toList();
        if (predecessors.isEmpty() || highest.stream().allMatch(h -> h == null)) {
            return Outcome.nothing(highest);
        }
        if (highest.stream().anyMatch(h -> h == null)) {
            return new Outcome(null, null, true, highest);
        }
        Level lowest = highest.stream().map(Held::level).min(Comparator.naturalOrder()).orElseThrow();
        // Each predecessor is judged by its recognition at the common level, or its lowest one above it
        List<Held> basis = new ArrayList<>();
        for (Predecessor p : predecessors) {
            basis.add(p.held().stream().filter(h -> h.level().compareTo(lowest) >= 0)
                    .min(Comparator.comparing(Held::level)).orElseThrow());
        }
        long sets = basis.stream().map(Held::criteriaSetCode).distinct().count();
        if (sets != 1) {
            return new Outcome(null, null, true, basis);
        }
        return new Outcome(lowest, basis.get(0).criteriaSetCode(), false, basis);
    }

    private static Optional<Held> highest(List<Held> held) {
        return held.stream().max(Comparator.comparing(Held::level));
    }
}
