package vn.ntm.communes.procedure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import vn.ntm.common.problem.ApiException;
import vn.ntm.communes.Level;

/**
 * The published recognition procedure versions and which one is in force on a day. The version in force for a level
 * on a day is the published one with the latest effective date on or before that day among those that apply to the
 * level; if that day lies after its period, none is. Published versions never change, so their parsed documents
 * are cached.
 */
@ApplicationScoped
public class ProcedureCatalogue {

    @Inject
    ObjectMapper json;

    private final Map<String, PinnedProcedure> published = new ConcurrentHashMap<>();

    public Optional<PinnedProcedure> inForce(Level level, LocalDate on) {
        return publishedVersions().stream()
                .filter(p -> p.document().levels().contains(level) && !p.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(PinnedProcedure::effectiveFrom).thenComparingInt(PinnedProcedure::version))
                .filter(p -> p.document().periodTo() == null || !on.isAfter(p.document().periodTo()));
    }

    /** A published version; 404 when it does not exist or is a draft. */
    public PinnedProcedure published(String code, int version) {
        String key = ProcedureDocument.ruleVersion(code, version);
        PinnedProcedure cached = published.get(key);
        if (cached != null) {
            return cached;
        }
        ProcedureVersionEntity e = ProcedureVersionEntity.<ProcedureVersionEntity>find("code = ?1 AND version = ?2", code, version).firstResult();
        if (e == null || e.isDraft()) {
            throw ApiException.notFound("Published procedure version", key);
        }
        return pin(e);
    }

    /**
     * Read on every transition and work list: only the keys come from the database, the parsed documents from the
     * cache (a document is loaded once, when first seen published).
     */
    public List<PinnedProcedure> publishedVersions() {
        return ProcedureVersionEntity.getEntityManager()
                .createQuery("SELECT e.code, e.version FROM ProcedureVersionEntity e WHERE e.status = 'PUBLISHED' ORDER BY e.code, e.version", Object[].class)
                .getResultList().stream().map(k -> published((String) k[0], (Integer) k[1])).toList();
    }

    /** Every role that some published version lets record {@code step}: the check made before the dossier is read. */
    public Set<String> rolesAnywhere(String step) {
        Set<String> roles = new TreeSet<>();
        for (PinnedProcedure p : publishedVersions()) {
            p.document().step(step).ifPresent(s -> roles.addAll(s.roles()));
        }
        return roles;
    }

    PinnedProcedure pin(ProcedureVersionEntity e) {
        return published.computeIfAbsent(ProcedureDocument.ruleVersion(e.code, e.version), k -> toPinned(e));
    }

    private PinnedProcedure toPinned(ProcedureVersionEntity e) {
        return new PinnedProcedure(e.code, e.version, e.effectiveFrom, parse(e));
    }

    public ProcedureDocument parse(ProcedureVersionEntity e) {
        try {
            ProcedureDocument d = json.readValue(e.document, ProcedureDocument.class);
            return new ProcedureDocument(e.code, e.version, d.titleVi(), d.titleEn(), d.periodFrom(), d.periodTo(), d.legalBasis(), d.levels(),
                    d.steps(), d.moves(), d.surveyRules());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("procedure version " + e.code + "/v" + e.version + " is not readable", ex);
        }
    }

    String write(ProcedureDocument d) {
        try {
            return json.writeValueAsString(d);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
