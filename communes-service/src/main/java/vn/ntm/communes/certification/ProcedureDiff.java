package vn.ntm.communes.certification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ntm.communes.certification.DossierApi.PreconditionChange;
import vn.ntm.communes.certification.DossierApi.ProcedureChanges;
import vn.ntm.communes.procedure.ProcedureDocument;
import vn.ntm.communes.procedure.ProcedureDocument.Move;
import vn.ntm.communes.procedure.ProcedureDocument.Step;

/** What changes for a dossier moved from one procedure version to another, and whether the target can hold it. */
final class ProcedureDiff {

    private ProcedureDiff() {
    }

    static ProcedureChanges between(ProcedureDocument from, ProcedureDocument to) {
        Set<String> fromSteps = codes(from);
        Set<String> toSteps = codes(to);
        List<String> added = toSteps.stream().filter(s -> !fromSteps.contains(s)).toList();
        List<String> removed = fromSteps.stream().filter(s -> !toSteps.contains(s)).toList();
        List<PreconditionChange> changed = new ArrayList<>();
        for (Step t : to.steps()) {
            Optional<Step> f = from.step(t.code());
            if (f.isEmpty()) {
                continue;
            }
            List<String> plus = t.preconditionsOrEmpty().stream().filter(c -> !f.get().preconditionsOrEmpty().contains(c)).toList();
            List<String> minus = f.get().preconditionsOrEmpty().stream().filter(c -> !t.preconditionsOrEmpty().contains(c)).toList();
            if (!plus.isEmpty() || !minus.isEmpty()) {
                changed.add(new PreconditionChange(DossierState.valueOf(t.code()), plus, minus));
            }
        }
        Set<String> fromMoves = moves(from);
        Set<String> toMoves = moves(to);
        return new ProcedureChanges(added, removed, changed, toMoves.stream().filter(m -> !fromMoves.contains(m)).toList(),
                fromMoves.stream().filter(m -> !toMoves.contains(m)).toList());
    }

    /** Why {@code target} cannot hold a dossier at {@code state}, if it cannot. */
    static Optional<String> cannotHold(ProcedureDocument target, DossierState state) {
        if (target.step(state.name()).isEmpty()) {
            return Optional.of("it has no step " + state + ", where the dossier stands");
        }
        if (!state.isFinal() && target.next(state.name()).isEmpty()) {
            return Optional.of("no move leaves " + state + " in it");
        }
        return Optional.empty();
    }

    private static Set<String> codes(ProcedureDocument d) {
        Set<String> s = new LinkedHashSet<>();
        d.steps().forEach(x -> s.add(x.code()));
        return s;
    }

    private static Set<String> moves(ProcedureDocument d) {
        Set<String> s = new LinkedHashSet<>();
        for (Move m : d.moves()) {
            s.add(m.from() + " → " + m.to());
        }
        return s;
    }
}
