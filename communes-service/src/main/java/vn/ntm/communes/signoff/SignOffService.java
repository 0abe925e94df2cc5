package vn.ntm.communes.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.ntm.common.http.Versions;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem.FieldError;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Scopes;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.certification.DossierEntity;
import vn.ntm.communes.signoff.DossierCriteria.CriterionRef;
import vn.ntm.communes.signoff.SignOffApi.ActView;
import vn.ntm.communes.signoff.SignOffApi.CriterionSignOffView;
import vn.ntm.communes.signoff.SignOffApi.SectorView;
import vn.ntm.communes.signoff.SignOffApi.SignOffRequest;
import vn.ntm.communes.signoff.SignOffApi.SignOffSheet;

/**
 * Sign-off per criterion by the sector departments (issue 17). An act is checked in this order and a refused one
 * changes nothing: the role (403, @RolesAllowed), the dossier (404), the caller's province (403), the sector of every
 * criterion named (403; an unknown criterion is a 422), the body (400), If-Match (428), the version (412), whether the
 * dossier is open to checks (409: not submitted yet, or the council has voted), then each criterion's own standing (409).
 */
@ApplicationScoped
public class SignOffService {

    @Inject
    DossierCriteria dossierCriteria;

    @Inject
    SignOffRecords records;

    @Inject
    CurrentActor currentActor;

    @Inject
    EntityManager em;

    /** The sign-off sheet of a dossier, for an official whose token reaches its commune. */
    public SignOffSheet get(UUID dossierId) {
        DossierEntity d = dossier(dossierId);
        Scopes.requireCommune(currentActor.get(), d.provinceCode, d.communeCode);
        return view(d);
    }

    @Transactional
    public SignOffSheet act(UUID dossierId, SignOffRequest request, String ifMatch) {
        Actor actor = currentActor.get();
        DossierEntity d = dossier(dossierId);
        Scopes.requireProvince(actor, d.provinceCode);
        Map<Integer, CriterionRef> criteria = DossierCriteria.byNumber(dossierCriteria.of(d));
        Set<Integer> named = new LinkedHashSet<>(request.criteria());
        List<FieldError> unknown = new ArrayList<>();
        for (int n : named) {
            CriterionRef c = criteria.get(n);
            if (c != null) {
                Scopes.requireSector(actor, c.sector());
            }
        }
        for (int n : named) {
            if (!criteria.containsKey(n)) {
                unknown.add(new FieldError("criteria", "criterion " + n + " is not in the dossier's criteria set (criteria "
                        + criteria.keySet().stream().sorted().map(String::valueOf).reduce((x, y) -> x + ", " + y).orElse("none") + ")"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("Unknown criterion.", unknown);
        }
        validate(request, named);
        long expected = Versions.requestedVersion(ifMatch);
        // the dossier's row lock orders this act against a concurrent one and against the council vote's check
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        int current = records.version(d.id);
        if (current != expected) {
            throw ApiException.staleVersion("The sign-offs of dossier " + d.id + " are at version " + current + "; you sent If-Match for version "
                    + expected + ". Read them again.");
        }
        Optional<String> closed = DossierCriteria.closedToChecks(d);
        if (closed.isPresent()) {
            throw ApiException.conflict(closed.get());
        }
        for (int n : named) {
            apply(d, criteria.get(n), request, actor);
        }
        records.bump(d.id);
        return view(d);
    }

    private static void validate(SignOffRequest request, Set<Integer> named) {
        if (named.size() != request.criteria().size()) {
            throw ApiException.invalidField("criteria", "names a criterion twice");
        }
        switch (request.act()) {
            case RETURN -> {
                if (request.reason() == null || request.reason().isBlank()) {
                    throw ApiException.invalidField("reason", "is required to return criteria for revision: say what the commune must revise");
                }
            }
            case CORRECTION -> throw ApiException.invalidField("act", "CORRECTION is recorded by the commune correcting the assessment's value "
                    + "(PUT /api/v1/assessments/{id}/indicators/{code}); a department sends APPROVE, RETURN or UNAPPROVE");
            default -> {
                if (request.reason() != null && !request.reason().isBlank()) {
                    throw ApiException.invalidField("reason", "only RETURN has a reason; an approval or unapproval may carry a note");
                }
            }
        }
    }

    private void apply(DossierEntity d, CriterionRef c, SignOffRequest request, Actor actor) {
        CriterionSignOffEntity row = records.standing(d.id, c.number(), c.sector());
        SignOffStatus from = row.status;
        String refused = switch (request.act()) {
            case APPROVE -> from == SignOffStatus.APPROVED ? "is already approved" : null;
            case RETURN -> from == SignOffStatus.APPROVED ? "is approved: unapprove it first" : from == SignOffStatus.RETURNED ? "is already returned" : null;
            case UNAPPROVE -> from != SignOffStatus.APPROVED ? "is " + from + ", not approved" : null;
            case CORRECTION -> throw new IllegalStateException();
        };
        if (refused != null) {
            throw ApiException.conflict("Criterion " + c.number() + " (" + c.nameVi() + ") " + refused + ". Nothing was changed.");
        }
        String text = request.act() == SignOffAct.RETURN ? request.reason() : request.note();
        switch (request.act()) {
            case APPROVE -> {
                row.status = SignOffStatus.APPROVED;
                row.approvedBy = actor.subject();
                row.approvedAt = records.now();
                row.approvalNote = VietnameseText.nfc(request.note());
            }
            case RETURN -> {
                row.status = SignOffStatus.RETURNED;
                row.returnedBy = actor.subject();
                row.returnedAt = records.now();
                row.returnReason = VietnameseText.nfc(request.reason());
                row.approvedBy = null;
                row.approvedAt = null;
                row.approvalNote = null;
            }
            case UNAPPROVE -> {
                row.status = SignOffStatus.PENDING;
                row.approvedBy = null;
                row.approvedAt = null;
                row.approvalNote = null;
            }
            default -> throw new IllegalStateException();
        }
        records.act(d.id, c.number(), c.sector(), request.act(), actor, text);
    }

    SignOffSheet view(DossierEntity d) {
        List<CriterionRef> criteria = dossierCriteria.of(d);
        Map<Integer, CriterionSignOffEntity> standings = records.standings(d.id);
        List<SignOffActEntity> acts = records.acts(d.id);
        Map<String, SectorView> sectors = sectors();
        List<CriterionSignOffView> views = new ArrayList<>();
        int approved = 0;
        for (CriterionRef c : criteria) {
            CriterionSignOffEntity r = standings.get(c.number());
            SignOffStatus status = r == null ? SignOffStatus.PENDING : r.status;
            if (status == SignOffStatus.APPROVED) {
                approved++;
            }
            List<ActView> history = acts.stream().filter(a -> a.criterionNumber == c.number())
                    .map(a -> new ActView(a.seq, a.act, a.actedBy, a.actedRoles, a.actedAt, a.note, a.indicatorCode, a.valueBefore, a.valueAfter))
                    .toList();
            views.add(new CriterionSignOffView(c.number(), c.nameVi(), sectors.getOrDefault(c.sector(), new SectorView(c.sector(), null, null, null, null)),
                    c.sectorSource(), c.confidence(), c.defaulted(), status,
                    r == null ? null : r.approvedBy, r == null ? null : r.approvedAt, r == null ? null : r.approvalNote,
                    r == null ? null : r.returnedBy, r == null ? null : r.returnedAt, r == null ? null : r.returnReason,
                    r == null ? null : r.correctedAt, history));
        }
        return new SignOffSheet(d.id, d.communeCode, d.communeName, d.provinceCode, d.state, DossierCriteria.closedToChecks(d).orElse(null),
                records.version(d.id), approved == criteria.size(), approved, criteria.size(), views);
    }

    static Map<String, SectorView> sectors() {
        Map<String, SectorView> m = new java.util.HashMap<>();
        SectorEntity.<SectorEntity>listAll().forEach(s -> m.put(s.code, new SectorView(s.code, s.nameVi, s.nameEn, s.note, s.source)));
        return m;
    }

    private static DossierEntity dossier(UUID id) {
        DossierEntity d = DossierEntity.findById(id);
        if (d == null) {
            throw ApiException.notFound("Dossier", id);
        }
        return d;
    }
}
