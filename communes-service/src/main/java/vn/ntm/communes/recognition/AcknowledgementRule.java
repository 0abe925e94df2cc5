package vn.ntm.communes.recognition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.ntm.communes.Level;

/**
 * Whether a unit formed by merging others may be acknowledged (thừa nhận) at a level, following the practice after the
 * 2023 mergers (letter 5424/BNN-VPĐP of 09/08/2023, domain note §2): a successor inherits nothing; where every
 * predecessor held the same level under the same criteria set, the province may acknowledge it at that level after
 * appraisal; a mixed merge must be re-evaluated against the criteria. How a predecessor split across several successors
 * carries its recognition is not settled by any source found, so a partial merge is never eligible: the province
 * officer decides, with a stated reason (an override).
 *
 * <p>The rule only reads; it never produces a level. The level comes from the acknowledgement decision alone.
 */
public final class AcknowledgementRule {

    /** FULL: every predecessor merged whole; PARTIAL: at least one was split across several successors. */
    public enum Merge { FULL, PARTIAL }

    /** UNIFORM: all held the same highest level under the same set; MIXED: they did not; NONE: none held any. */
    public enum Composition { UNIFORM, MIXED, NONE }

    /** One recognition a predecessor held on its last day. */
    public record Held(UUID recognitionId, Level level, String criteriaSetCode, int recognitionYear, String decisionNumber,
                       LocalDate decisionDate) {
    }

    /** A unit on the other side of a split. */
    public record Unit(String code, String name) {
    }

    /** A predecessor, how it merged, where else its pieces went, and what it held. */
    public record Predecessor(String code, String name, LocalDate validTo, boolean partial, List<Unit> otherSuccessors,
                              List<Held> held) {
    }

    /** A level at which the successor may be acknowledged, with the predecessor recognitions it would rest on. */
    public record Option(Level level, String criteriaSetCode, List<UUID> basis) {
    }

    /** A reason a person can read, with a stable code. */
    public record Reason(String code, String message) {
    }

    /** The outcome; {@code options} is empty unless {@code eligible}. */
    public record Outcome(Merge merge, Composition composition, boolean eligible, List<Option> options, List<Reason> reasons) {

        /** The highest level open to acknowledgement, if any. */
        public Optional<Option> highest() {
            return options.stream().max(Comparator.comparing(Option::level));
        }

        /** Predecessors held something, but the merge is mixed or partial: the province has to appraise it. */
        public boolean reappraisalRequired() {
            return !eligible && composition != Composition.NONE;
        }
    }

    public static final String NOT_A_MERGED_UNIT = "NOT_A_MERGED_UNIT";
    public static final String NO_PREDECESSOR_RECOGNITION = "NO_PREDECESSOR_RECOGNITION";
    public static final String PREDECESSOR_WITHOUT_RECOGNITION = "PREDECESSOR_WITHOUT_RECOGNITION";
    public static final String DIFFERENT_LEVELS = "DIFFERENT_LEVELS";
    public static final String DIFFERENT_CRITERIA_SETS = "DIFFERENT_CRITERIA_SETS";
    public static final String PARTIAL_PREDECESSOR = "PARTIAL_PREDECESSOR";
    public static final String ALL_HELD_THE_LEVEL = "ALL_HELD_THE_LEVEL";

    private AcknowledgementRule() {
    }

    public static Outcome apply(List<Predecessor> predecessors) {
        List<Reason> reasons = new ArrayList<>();
        if (predecessors.isEmpty()) {
            reasons.add(new Reason(NOT_A_MERGED_UNIT, "The unit was not formed by a merger: it has no predecessors to acknowledge from."));
            return new Outcome(Merge.FULL, Composition.NONE, false, List.of(), reasons);
        }
        Merge merge = predecessors.stream().anyMatch(Predecessor::partial) ? Merge.PARTIAL : Merge.FULL;
        for (Predecessor p : predecessors) {
            if (p.partial()) {
                reasons.add(new Reason(PARTIAL_PREDECESSOR, describe(p) + " was split: a part of it went to this unit, other parts to "
                        + p.otherSuccessors().stream().map(AcknowledgementRule::describe).collect(Collectors.joining(", "))
                        + ". No rule says how a split commune's recognition carries over; a province officer decides, with a reason."));
            }
        }
        if (predecessors.stream().allMatch(p -> p.held().isEmpty())) {
            reasons.add(new Reason(NO_PREDECESSOR_RECOGNITION, "None of the predecessors held a recognition on its last day."));
            return new Outcome(merge, Composition.NONE, false, List.of(), reasons);
        }
        Composition composition = composition(predecessors, reasons);
        List<Option> options = new ArrayList<>();
        if (composition == Composition.UNIFORM) {
            for (Level level : Level.values()) {
                common(predecessors, level).ifPresent(set -> options.add(new Option(level, set, basis(predecessors, level, set))));
            }
            Option top = options.stream().max(Comparator.comparing(Option::level)).orElseThrow();
            reasons.add(new Reason(ALL_HELD_THE_LEVEL, "All " + predecessors.size() + " predecessors held " + top.level() + " under "
                    + top.criteriaSetCode() + " on their last day."));
        }
        boolean eligible = composition == Composition.UNIFORM && merge == Merge.FULL;
        return new Outcome(merge, composition, eligible, eligible ? List.copyOf(options) : List.of(), List.copyOf(reasons));
    }

    /** UNIFORM when every predecessor's highest level is the same and all held it under one set; reasons say why not. */
    private static Composition composition(List<Predecessor> predecessors, List<Reason> reasons) {
        boolean mixed = false;
        for (Predecessor p : predecessors) {
            if (p.held().isEmpty()) {
                mixed = true;
                reasons.add(new Reason(PREDECESSOR_WITHOUT_RECOGNITION, describe(p) + " held no recognition on its last day ("
                        + p.validTo() + ")."));
            }
        }
        Set<Level> highest = predecessors.stream().filter(p -> !p.held().isEmpty()).map(AcknowledgementRule::highest)
                .collect(Collectors.toCollection(TreeSet::new));
        if (highest.size() > 1) {
            mixed = true;
            reasons.add(new Reason(DIFFERENT_LEVELS, "The predecessors held different levels: " + predecessors.stream()
                    .map(p -> describe(p) + " " + (p.held().isEmpty() ? "none" : highest(p).name()))
                    .collect(Collectors.joining(", ")) + ". A mixed merge is re-evaluated against the criteria."));
        }
        if (!mixed && common(predecessors, highest.iterator().next()).isEmpty()) {
            mixed = true;
            Level level = highest.iterator().next();
            reasons.add(new Reason(DIFFERENT_CRITERIA_SETS, "All predecessors held " + level + ", but under different criteria sets: "
                    + predecessors.stream().map(p -> describe(p) + " " + sets(p, level)).collect(Collectors.joining(", ")) + "."));
        }
        return mixed ? Composition.MIXED : Composition.UNIFORM;
    }

    private static Level highest(Predecessor p) {
        return p.held().stream().map(Held::level).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static Set<String> sets(Predecessor p, Level level) {
        return p.held().stream().filter(h -> h.level() == level).map(Held::criteriaSetCode).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The criteria set under which every predecessor held {@code level}, if there is one. */
    private static Optional<String> common(List<Predecessor> predecessors, Level level) {
        Set<String> common = null;
        for (Predecessor p : predecessors) {
            Set<String> sets = sets(p, level);
            if (common == null) {
                common = sets;
            } else {
                common.retainAll(sets);
            }
        }
        return common == null ? Optional.empty() : common.stream().findFirst();
    }

    private static List<UUID> basis(List<Predecessor> predecessors, Level level, String set) {
        return predecessors.stream().flatMap(p -> p.held().stream().filter(h -> h.level() == level && h.criteriaSetCode().equals(set))
                .limit(1)).map(Held::recognitionId).toList();
    }

    private static String describe(Predecessor p) {
        return p.name() + " (" + p.code() + ")";
    }

    private static String describe(Unit u) {
        return u.name() + " (" + u.code() + ")";
    }
}
