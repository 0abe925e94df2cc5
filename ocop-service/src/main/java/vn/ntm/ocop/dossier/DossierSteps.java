package vn.ntm.ocop.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.ntm.common.http.Versions;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.ocop.evaluation.Evaluation;
import vn.ntm.ocop.evaluation.EvaluationService;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.rules.CouncilLevel;
import vn.ntm.ocop.security.OcopAccess;

/**
 * Moves a dossier through the steps of its rule version: the acting body of a CHECK step proposes it on; at an EVALUATE
 * step the province opens the council's evaluation from it; at any step the acting body may return it for revision with
 * a reason. Every transition carries If-Match and leaves a {@link DossierEvent}; the decision that closes an evaluation
 * moves the dossier on in {@link DossierDecisions}.
 */
@ApplicationScoped
public class DossierSteps {

    @Inject
    DossierService dossiers;

    @Inject
    DossierRules rules;

    @Inject
    EvaluationService evaluations;

    @Inject
    OcopAccess access;

    @Inject
    CurrentActor actor;

    /** The acting body of a CHECK step (the commune under QĐ 1489) has checked the dossier and proposes it to the next step. */
    @Transactional
    public Dossier propose(UUID id, String ifMatch, DossierRequests.Proposal request) {
        Dossier dossier = dossiers.lock(id);
        dossiers.requireVisible(dossier);
        DossierStep step = rules.step(dossier.ruleVersion, dossier.stepPosition);
        // the caller must reach the dossier's commune before learning where it stands; a step that is not a check is then
        // out of order (409) rather than a refusal of the caller
        access.requireStepActor(CouncilLevel.COMMUNE_PRECHECK, dossier.provinceCode, dossier.communeCode);
        Versions.requireCurrent(ifMatch, dossier.version);
        requireState(dossier, DossierState.SUBMITTED, "proposed");
        if (step.kind() != DossierStep.Kind.CHECK) {
            throw outOfOrder(dossier, step, "is scored by a council: open its evaluation (POST .../evaluation) instead of proposing it");
        }
        access.requireStepActor(step.councilLevel(), dossier.provinceCode, dossier.communeCode);
        DossierStep next = rules.next(dossier.ruleVersion, step.position()).orElseThrow(() -> outOfOrder(dossier, step,
                "is the last step of rule version " + dossier.ruleVersion));
        record(dossier, step, DossierEvent.PROPOSED, actor.get().subject(), VietnameseText.nfc(request == null ? null : request.note()));
        dossier.stepPosition = next.position();
        dossier.updatedAt = Instant.now();
        dossier.flush();
        return dossier;
    }

    /** The acting body of the current step sends the dossier back to the producer, saying why. */
    @Transactional
    public Dossier returnForRevision(UUID id, String ifMatch, DossierRequests.Return request) {
        Dossier dossier = dossiers.lock(id);
        dossiers.requireVisible(dossier);
        DossierStep step = rules.step(dossier.ruleVersion, dossier.stepPosition);
        access.requireStepActor(step.councilLevel(), dossier.provinceCode, dossier.communeCode);
        Versions.requireCurrent(ifMatch, dossier.version);
        requireState(dossier, DossierState.SUBMITTED, "returned for revision");
        dossier.state = DossierState.RETURNED;
        dossier.returnReason = VietnameseText.nfc(request.reason().strip());
        dossier.updatedAt = Instant.now();
        record(dossier, step, DossierEvent.RETURNED, actor.get().subject(), dossier.returnReason);
        dossier.flush();
        return dossier;
    }

    /** At a council step, the council's evaluation opens from the dossier (not back-filled). */
    @Transactional
    public Dossier openEvaluation(UUID id, String ifMatch, DossierRequests.OpenEvaluation request) {
        Dossier dossier = dossiers.lock(id);
        dossiers.requireVisible(dossier);
        DossierStep step = rules.step(dossier.ruleVersion, dossier.stepPosition);
        access.requireStepActor(CouncilLevel.PROVINCE, dossier.provinceCode, dossier.communeCode);
        Versions.requireCurrent(ifMatch, dossier.version);
        requireState(dossier, DossierState.SUBMITTED, "sent to a council");
        if (step.kind() != DossierStep.Kind.EVALUATE) {
            throw outOfOrder(dossier, step, "is a check by " + step.actingBody() + ", who proposes the dossier first (POST .../proposal)");
        }
        access.requireStepActor(step.councilLevel(), dossier.provinceCode, dossier.communeCode);
        if (request.evaluationDate().isBefore(dossier.dossierDate)) {
            throw ApiException.unprocessable("The evaluation cannot precede the dossier.", java.util.List.of(
                    new vn.ntm.common.problem.Problem.FieldError("evaluationDate", "must be on or after the dossier date " + dossier.dossierDate)));
        }
        Product product = Product.findById(dossier.product.id);
        String council = request.councilName() == null ? step.actingBody() : request.councilName();
        Evaluation evaluation = evaluations.openFromDossier(product, step.councilLevel(), council, request.evaluationDate(),
                request.mandatoryCriteria(), dossier.id);
        dossier.evaluationId = evaluation.id;
        dossier.state = DossierState.IN_EVALUATION;
        dossier.updatedAt = Instant.now();
        record(dossier, step, DossierEvent.EVALUATION_OPENED, actor.get().subject(), "evaluation " + evaluation.id);
        dossier.flush();
        return dossier;
    }

    static void record(Dossier dossier, DossierStep step, String action, String actor, String note) {
        DossierEvent event = new DossierEvent();
        event.dossierId = dossier.id;
        event.stepCode = step.code();
        event.action = action;
        event.actingBody = step.actingBody();
        event.actor = actor;
        event.note = note;
        event.occurredAt = Instant.now();
        event.persist();
    }

    private static void requireState(Dossier dossier, DossierState expected, String what) {
        if (dossier.state != expected) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "A dossier that is " + dossier.state + " cannot be " + what
                    + "; it must be " + expected + ".", null, Map.of("state", dossier.state.name()));
        }
    }

    private static ApiException outOfOrder(Dossier dossier, DossierStep step, String why) {
        return new ApiException(ProblemType.INVALID_TRANSITION, "Step out of order: the dossier's current step " + step.code() + " " + why + ".",
                null, Map.of("state", dossier.state.name(), "step", step.code()));
    }
}
