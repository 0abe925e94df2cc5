package vn.ntm.communes.procedure;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.communes.versioning.DraftLifecycle;

/**
 * The lifecycle of a procedure version, the same as a criteria set's ({@link DraftLifecycle}): an administrator opens
 * a draft (a new code, or the next version of one copied from its latest published version), edits it with If-Match,
 * and publishes it with the first day it applies. Publishing checks that every precondition it names has a check
 * installed (422 otherwise), so a published version never names a condition the workflow would skip.
 */
@ApplicationScoped
public class ProcedureDrafts {

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    KnownPreconditions known;

    @Inject
    CurrentActor currentActor;

    @Inject
    EntityManager em;

    /** Version 1 of a new procedure code, as a draft. */
    @Transactional
    public ProcedureVersionEntity create(ProcedureDocument doc) {
        require(doc);
        if (ProcedureVersionEntity.count("code", doc.code()) > 0) {
            throw ApiException.conflict("Procedure " + doc.code() + " exists; open its next version with POST /api/v1/procedure-versions/"
                    + doc.code() + "/drafts.");
        }
        ProcedureVersionEntity e = new ProcedureVersionEntity();
        e.code = doc.code();
        e.version = 1;
        fill(e, doc);
        e.status = "DRAFT";
        e.createdBy = currentActor.get().subject();
        e.createdAt = Instant.now();
        e.persist();
        em.flush();
        return e;
    }

    /** The next version of {@code code}, copied from its latest published version. */
    @Transactional
    public ProcedureVersionEntity open(String code) {
        ProcedureVersionEntity latest = latestPublished(code).orElseThrow(() -> ApiException.notFound("Published procedure", code));
        int max = maxVersion(code);
        if (max > latest.version) {
            throw ApiException.conflict("Procedure " + code + " already has an open draft, version " + max + ": edit it (PUT /api/v1/procedure-versions/"
                    + code + "/versions/" + max + ") or publish it.");
        }
        ProcedureVersionEntity e = new ProcedureVersionEntity();
        e.code = code;
        e.version = max + 1;
        fill(e, catalogue.parse(latest));
        e.status = "DRAFT";
        e.createdBy = currentActor.get().subject();
        e.createdAt = Instant.now();
        e.persist();
        em.flush();
        return e;
    }

    public ProcedureVersionEntity find(String code, int version) {
        ProcedureVersionEntity e = ProcedureVersionEntity.<ProcedureVersionEntity>find("code = ?1 AND version = ?2", code, version).firstResult();
        if (e == null) {
            throw ApiException.notFound("Procedure version", code + "/v" + version);
        }
        return e;
    }

    /** Replaces the content of a draft; a published version never changes (409). */
    @Transactional
    public ProcedureVersionEntity edit(String code, int version, ProcedureDocument doc, String ifMatch) {
        ProcedureVersionEntity e = editable(code, version, ifMatch);
        if (doc.code() != null && !doc.code().equals(code)) {
            throw ApiException.invalidField("code", "must equal the code in the path ('" + code + "') or be left out");
        }
        ProcedureDocument named = withCode(doc, code);
        require(named);
        fill(e, named);
        em.flush();
        return e;
    }

    /**
     * Freezes a draft. {@code effectiveFrom} must lie in the version's period and not before the effective date of the
     * version it replaces; every precondition it names must have a check installed.
     */
    @Transactional
    public ProcedureVersionEntity publish(String code, int version, LocalDate effectiveFrom, String ifMatch) {
        ProcedureVersionEntity e = editable(code, version, ifMatch);
        Optional<ProcedureVersionEntity> previous = latestPublished(code);
        DraftLifecycle.requireEffectiveFrom(effectiveFrom, version, null, null);
        if (effectiveFrom.isBefore(e.periodFrom) || (e.periodTo != null && effectiveFrom.isAfter(e.periodTo))) {
            throw ApiException.invalidField("effectiveFrom", "must lie in the period of " + code + " version " + version + " (" + e.periodFrom + " – "
                    + (e.periodTo == null ? "open" : e.periodTo) + ")");
        }
        if (previous.isPresent()) {
            DraftLifecycle.requireEffectiveFrom(effectiveFrom, version, previous.get().effectiveFrom, previous.get().version);
        }
        ProcedureDocument doc = catalogue.parse(e);
        List<FieldError> errors = ProcedureValidator.validate(doc);
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        List<FieldError> unknown = ProcedureValidator.unknownPreconditions(doc, known.codes());
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("Procedure " + code + " version " + version + " names preconditions no check answers to; a published "
                    + "version may not name a condition the workflow would have to skip. Nothing was published.", unknown);
        }
        e.status = "PUBLISHED";
        e.effectiveFrom = effectiveFrom;
        e.publishedAt = Instant.now();
        e.publishedBy = currentActor.get().subject();
        em.flush();
        return e;
    }

    public Optional<ProcedureVersionEntity> latestPublished(String code) {
        return ProcedureVersionEntity.<ProcedureVersionEntity>find("code = ?1 AND status = 'PUBLISHED'", Sort.by("version").descending(), code)
                .firstResultOptional();
    }

    private int maxVersion(String code) {
        Integer max = em.createQuery("SELECT max(p.version) FROM ProcedureVersionEntity p WHERE p.code = ?1", Integer.class)
                .setParameter(1, code).getSingleResult();
        return max == null ? 0 : max;
    }

    private ProcedureVersionEntity editable(String code, int version, String ifMatch) {
        ProcedureVersionEntity e = find(code, version);
        DraftLifecycle.requireDraft(e.isDraft(), "Procedure " + code + " version " + version, "/api/v1/procedure-versions/" + code + "/drafts");
        DraftLifecycle.requireRevision(ifMatch, code, version, e.draftRevision);
        return e;
    }

    private static void require(ProcedureDocument doc) {
        List<FieldError> errors = ProcedureValidator.validate(doc);
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
    }

    private void fill(ProcedureVersionEntity e, ProcedureDocument doc) {
        ProcedureDocument stored = new ProcedureDocument(e.code, null, vn.ntm.common.text.VietnameseText.nfc(doc.titleVi()), doc.titleEn(),
                doc.periodFrom(), doc.periodTo(), doc.legalBasis(), doc.levels(), doc.steps(), doc.moves(), doc.surveyRules());
        e.titleVi = stored.titleVi();
        e.periodFrom = doc.periodFrom();
        e.periodTo = doc.periodTo();
        e.document = catalogue.write(stored);
    }

    private static ProcedureDocument withCode(ProcedureDocument d, String code) {
        return new ProcedureDocument(code, null, d.titleVi(), d.titleEn(), d.periodFrom(), d.periodTo(), d.legalBasis(), d.levels(), d.steps(),
                d.moves(), d.surveyRules());
    }
}
