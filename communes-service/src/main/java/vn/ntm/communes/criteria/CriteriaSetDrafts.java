package vn.ntm.communes.criteria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.communes.versioning.DraftLifecycle;

/**
 * The lifecycle DRAFT → PUBLISHED → SUPERSEDED. A ministry or province completes a set (QĐ 51/2025 when its
 * guidance arrives) by opening a draft copied from the published version, editing it with If-Match on its
 * revision, trying it as a simulation, and publishing it with the date from which it applies. Publishing freezes
 * it; the version before is superseded from that date, and assessments dated earlier keep it.
 */
@ApplicationScoped
public class CriteriaSetDrafts {

    @Inject
    CriteriaSetService sets;

    @Inject
    CriteriaConfig config;

    @Inject
    CurrentActor currentActor;

    @Inject
    EntityManager em;

    /** A new draft, the next version number, with the content of the latest published version. */
    @Transactional
    public CriteriaSetEntity open(String code) {
        PublishedSet current = sets.latest(code).orElseThrow(() -> ApiException.notFound("Criteria set", code));
        CriteriaSetService.requirePublisher(currentActor.get(), code, current.document(), java.util.Optional.of(current));
        int max = sets.maxVersion(code);
        if (max > current.version()) {
            throw ApiException.conflict("Criteria set " + code + " already has an open draft, version " + max
                    + ": edit it (PUT /api/v1/criteria-sets/" + code + "/versions/" + max + ") or publish it.");
        }
        CriteriaSetEntity draft = new CriteriaSetEntity();
        draft.code = code;
        draft.version = max + 1;
        draft.level = current.level();
        draft.periodFrom = current.periodFrom();
        draft.periodTo = current.periodTo();
        CriteriaSetDocument d = current.document();
        draft.baseCode = d.baseCode();
        draft.provinceCode = d.provinceCode();
        draft.titleVi = d.titleVi();
        draft.document = sets.write(d);
        draft.status = "DRAFT";
        draft.createdBy = currentActor.get().subject();
        draft.persist();
        em.flush();
        return draft;
    }

    public CriteriaSetEntity find(String code, int version) {
        CriteriaSetEntity e = CriteriaSetEntity.<CriteriaSetEntity>find("code = ?1 AND version = ?2", code, version).firstResult();
        if (e == null) {
            throw ApiException.notFound("Criteria set", code + " version " + version);
        }
        return e;
    }

    /** Replaces the content of a draft; a published version never changes (409). */
    @Transactional
    public CriteriaSetEntity edit(String code, int version, CriteriaSetDocument doc, String ifMatch) {
        // who may publish comes before the state of the draft, so a caller without the right learns nothing about it
        PublishedSet latest = sets.latest(code).orElseThrow(() -> ApiException.notFound("Criteria set", code));
        CriteriaSetService.requirePublisher(currentActor.get(), code, doc, java.util.Optional.of(latest));
        CriteriaSetEntity e = editable(code, version, ifMatch);
        if (doc.code() != null && !doc.code().equals(code)) {
            throw ApiException.invalidField("code", "must equal the code in the path ('" + code + "') or be left out");
        }
        CriteriaSetDocument normalised = CriteriaSetService.normalise(code, doc);
        if (normalised.isOverlay() != (e.baseCode != null)) {
            throw ApiException.unprocessable("Criteria set " + code + " is " + (e.baseCode != null ? "an overlay" : "a national set")
                    + "; a draft keeps its kind.");
        }
        List<FieldError> errors;
        if (normalised.isOverlay()) {
            PublishedSet base = sets.latest(normalised.baseCode()).orElseThrow(() -> ApiException.invalidField("baseCode",
                    "criteria set '" + normalised.baseCode() + "' does not exist"));
            errors = CriteriaSetValidator.overlay(normalised, base.document(), config.factors().keySet());
        } else {
            errors = sets.withSectorErrors(CriteriaSetValidator.national(normalised, config.factors().keySet()), normalised);
            if (normalised.level() != e.level || !normalised.periodFrom().equals(e.periodFrom) || !normalised.periodTo().equals(e.periodTo)) {
                errors = new java.util.ArrayList<>(errors);
                errors.add(new FieldError("level", "a new version keeps the level and period of " + code + " (" + e.level + ", "
                        + e.periodFrom + "–" + e.periodTo + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalidFields(errors);
        }
        e.titleVi = normalised.titleVi();
        e.document = sets.write(normalised);
        em.flush();
        return e;
    }

    /**
     * Freezes a draft. {@code effectiveFrom} must lie in the set's period and not before the effective date of the
     * version it replaces, so the calendar of versions never runs backwards.
     */
    @Transactional
    public CriteriaSetEntity publish(String code, int version, LocalDate effectiveFrom, String ifMatch) {
        PublishedSet previous = sets.latest(code).orElseThrow(() -> ApiException.notFound("Criteria set", code));
        CriteriaSetService.requirePublisher(currentActor.get(), code, previous.document(), java.util.Optional.of(previous));
        CriteriaSetEntity e = editable(code, version, ifMatch);
        DraftLifecycle.requireEffectiveFrom(effectiveFrom, version, null, null);
        if (effectiveFrom.getYear() < e.periodFrom || effectiveFrom.getYear() > e.periodTo) {
            throw ApiException.invalidField("effectiveFrom", "must lie in the period of " + code + " (" + e.periodFrom + "–" + e.periodTo + ")");
        }
        DraftLifecycle.requireEffectiveFrom(effectiveFrom, version, previous.effectiveFrom(), previous.version());
        e.status = "PUBLISHED";
        e.effectiveFrom = effectiveFrom;
        e.publishedAt = Instant.now();
        e.publishedBy = currentActor.get().subject();
        em.flush();
        return e;
    }

    private CriteriaSetEntity editable(String code, int version, String ifMatch) {
        CriteriaSetEntity e = find(code, version);
        DraftLifecycle.requireDraft(e.isDraft(), "Criteria set " + code + " version " + version, "/api/v1/criteria-sets/" + code + "/drafts");
        DraftLifecycle.requireRevision(ifMatch, code, version, e.draftRevision);
        return e;
    }
}
