package vn.ntm.communes.certification;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.ntm.communes.certification.DossierApi.UnmetCondition;
import vn.ntm.communes.procedure.KnownPreconditions;
import vn.ntm.communes.procedure.PinnedProcedure;
import vn.ntm.communes.procedure.ProcedureCatalogue;

/**
 * Runs the preconditions the pinned procedure version lists for a step, by code: the built-in conditions first, else
 * the {@link DossierPrecondition} bean of that code. A listed code nothing answers to is an unmet condition of its
 * own, never skipped; publishing refuses such a version, so only shipped data can reach that, and startup says so.
 */
@ApplicationScoped
public class StepConditions implements KnownPreconditions {

    @Inject
    BuiltInConditions builtIn;

    @Inject
    Instance<DossierPrecondition> beans;

    @Inject
    ProcedureCatalogue catalogue;

    private volatile Map<String, DossierPrecondition> byCode;

    void warnAboutMissingChecks(@Observes StartupEvent start) {
        Set<String> known = codes();
        for (PinnedProcedure p : catalogue.publishedVersions()) {
            p.document().steps().forEach(s -> s.preconditionsOrEmpty().stream().filter(c -> !known.contains(c)).forEach(c -> Log.warnf(
                    "Procedure version %s lists precondition %s at step %s but no check is installed: that step will be refused until one is",
                    p.ruleVersion(), c, s.code())));
        }
    }

    @Override
    public Set<String> codes() {
        Set<String> codes = new TreeSet<>(BuiltInConditions.CODES);
        codes.addAll(beans().keySet());
        return codes;
    }

    void check(String code, StepContext c, List<UnmetCondition> unmet, Map<String, Object> checks) {
        if (builtIn.check(code, c, unmet, checks)) {
            return;
        }
        DossierPrecondition bean = beans().get(code);
        if (bean == null) {
            unmet.add(new UnmetCondition(code, "Procedure version " + c.procedure().ruleVersion() + " lists the precondition " + code + " for " + c.step()
                    + ", but no check for it is installed in this service; the step cannot be taken until it is."));
            return;
        }
        bean.check(c.dossier(), c.date(), unmet, checks);
    }

    /** The beans by code; two for one code are a deployment error. */
    private Map<String, DossierPrecondition> beans() {
        Map<String, DossierPrecondition> map = byCode;
        if (map != null) {
            return map;
        }
        map = new HashMap<>();
        for (DossierPrecondition p : beans) {
            DossierPrecondition other = map.get(p.code());
            if (other == null) {
                map.put(p.code(), p);
            } else {
                throw new IllegalStateException("two checks answer to precondition " + p.code() + ": " + other.getClass().getName() + " and "
                        + p.getClass().getName());
            }
        }
        if (BuiltInConditions.CODES.stream().anyMatch(map::containsKey)) {
            throw new IllegalStateException("a DossierPrecondition bean reuses a built-in code: " + map.keySet());
        }
        byCode = Map.copyOf(map);
        return byCode;
    }
}
