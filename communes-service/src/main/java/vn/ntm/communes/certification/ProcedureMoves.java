package vn.ntm.communes.certification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ntm.common.http.Versions;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Scopes;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.certification.DossierApi.ProcedureChanges;
import vn.ntm.communes.certification.DossierApi.ProcedureMoveAnswer;
import vn.ntm.communes.certification.DossierApi.ProcedureMoveRequest;
import vn.ntm.communes.procedure.PinnedProcedure;
import vn.ntm.communes.procedure.ProcedureCatalogue;

/**
 * The explicit act that moves a dossier to a newer procedure version (issue 17): a dossier keeps the version in force
 * on its opening date unless an official moves it, with If-Match and a reason, and the answer lists what changes.
 * Only forwards (a version that took effect later), only to a published version, only to one whose steps can hold
 * the dossier where it stands; anything else is a 409 that changes nothing.
 */
@ApplicationScoped
public class ProcedureMoves {

    @Inject
    DossierService dossiers;

    @Inject
    ProcedureCatalogue catalogue;

    @Inject
    CurrentActor currentActor;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Transactional
    public ProcedureMoveAnswer move(UUID id, ProcedureMoveRequest request, String ifMatch) {
        Actor actor = currentActor.get();
        DossierEntity d = dossiers.find(id);
        Scopes.requireCommune(actor, d.provinceCode, d.communeCode);
        long expected = Versions.requestedVersion(ifMatch);
        d = em.find(DossierEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (d.version != expected) {
            throw ApiException.staleVersion("Dossier " + d.id + " is at version " + d.version + "; you sent If-Match for version " + expected
                    + ". Read it again.");
        }
        PinnedProcedure from = dossiers.pinned(d);
        String code = request.procedureCode() == null ? d.procedureCode : request.procedureCode();
        PinnedProcedure to = catalogue.published(code, request.version());
        if (d.state.isFinal()) {
            refuse(d, from, to, "the dossier is " + d.state + "; its procedure is history");
        }
        if (to.code().equals(from.code()) && to.version() == from.version()) {
            refuse(d, from, to, "the dossier already follows " + from.ruleVersion());
        }
        boolean forwards = to.effectiveFrom().isAfter(from.effectiveFrom())
                || (to.effectiveFrom().equals(from.effectiveFrom()) && to.code().equals(from.code()) && to.version() > from.version());
        if (!forwards) {
            refuse(d, from, to, to.ruleVersion() + " (in force from " + to.effectiveFrom() + ") is not newer than " + from.ruleVersion()
                    + " (in force from " + from.effectiveFrom() + "); a dossier only moves forwards");
        }
        if (!to.document().levels().contains(d.level)) {
            refuse(d, from, to, to.ruleVersion() + " does not apply to " + d.level);
        }
        Optional<String> cannotHold = ProcedureDiff.cannotHold(to.document(), d.state);
        if (cannotHold.isPresent()) {
            refuse(d, from, to, to.ruleVersion() + " cannot hold the dossier: " + cannotHold.get());
        }
        ProcedureChanges changes = ProcedureDiff.between(from.document(), to.document());
        DossierProcedureMoveEntity m = new DossierProcedureMoveEntity();
        m.dossierId = d.id;
        m.fromCode = from.code();
        m.fromVersion = from.version();
        m.toCode = to.code();
        m.toVersion = to.version();
        m.reason = VietnameseText.nfc(request.reason().strip());
        m.movedBy = actor.subject();
        m.movedRoles = actor.rolesText();
        m.movedAt = Instant.now();
        m.changes = write(changes);
        m.persist();
        d.procedureCode = to.code();
        d.procedureVersion = to.version();
        d.updatedAt = m.movedAt;
        em.flush();
        return new ProcedureMoveAnswer(changes, dossiers.view(d));
    }

    private static void refuse(DossierEntity d, PinnedProcedure from, PinnedProcedure to, String why) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("from", from.ruleVersion());
        context.put("to", to.ruleVersion());
        context.put("state", d.state);
        throw new ApiException(ProblemType.CONFLICT, "Dossier " + d.id + " cannot move to " + to.ruleVersion() + ": " + why + ". Nothing was changed.",
                null, context);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
