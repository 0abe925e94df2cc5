package vn.ntm.ocop.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.ntm.ocop.rules.CouncilLevel;

/**
 * The dossier steps and required documents of each rule version (migration V17). Like {@link vn.ntm.ocop.rules.RuleBook}
 * they change only with a migration, so each version is read once and kept.
 */
@ApplicationScoped
public class DossierRules {

    @Inject
    EntityManager em;

    private final Map<String, List<DossierStep>> steps = new ConcurrentHashMap<>();
    private final Map<String, List<RequiredDocument>> documents = new ConcurrentHashMap<>();

    public List<DossierStep> steps(String ruleVersion) {
        return steps.computeIfAbsent(ruleVersion, this::loadSteps);
    }

    public DossierStep step(String ruleVersion, int position) {
        return steps(ruleVersion).stream().filter(s -> s.position() == position).findFirst()
                .orElseThrow(() -> new IllegalStateException("rule version " + ruleVersion + " has no dossier step " + position));
    }

    public Optional<DossierStep> next(String ruleVersion, int position) {
        return steps(ruleVersion).stream().filter(s -> s.position() > position).findFirst();
    }

    public List<RequiredDocument> documents(String ruleVersion) {
        return documents.computeIfAbsent(ruleVersion, this::loadDocuments);
    }

    @SuppressWarnings("unchecked")
    private List<DossierStep> loadSteps(String version) {
        List<Tuple> rows = em.createNativeQuery("SELECT position, code, kind, council_level, acting_body, min_score_to_enter, legal_source "
                + "FROM ocop_dossier_step WHERE rule_version = ?1 ORDER BY position", Tuple.class).setParameter(1, version).getResultList();
        List<DossierStep> result = new ArrayList<>();
        for (Tuple r : rows) {
            result.add(new DossierStep(version, ((Number) r.get(0)).intValue(), r.get(1, String.class), DossierStep.Kind.valueOf(r.get(2, String.class)),
                    CouncilLevel.valueOf(r.get(3, String.class)), r.get(4, String.class), r.get(5, BigDecimal.class), r.get(6, String.class)));
        }
        return List.copyOf(result);
    }

    @SuppressWarnings("unchecked")
    private List<RequiredDocument> loadDocuments(String version) {
        List<Tuple> rows = em.createNativeQuery("SELECT code, name_vi, mandatory, legal_source FROM ocop_required_document "
                + "WHERE rule_version = ?1 ORDER BY code", Tuple.class).setParameter(1, version).getResultList();
        return rows.stream().map(r -> new RequiredDocument(r.get(0, String.class), r.get(1, String.class), r.get(2, Boolean.class),
                r.get(3, String.class))).toList();
    }
}
