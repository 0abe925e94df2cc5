package vn.ntm.ocop.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.certificate.CertificateIssuer;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.rules.CouncilPower;
import vn.ntm.ocop.rules.Rating;
import vn.ntm.ocop.rules.RatingOutcome;
import vn.ntm.ocop.rules.RuleSet;
import vn.ntm.ocop.security.OcopAccess;
import vn.ntm.common.http.Versions;
import vn.ntm.ocop.support.OcopConfig;

/**
 * Closes an evaluation: computes the result under its rule version, issues the certificate when the council certified
 * it (superseding the product's certificate in force) and records or settles proposals to the next level. All in one
 * transaction: a refused decision leaves nothing behind.
 */
@ApplicationScoped
public class DecisionService {

    @Inject
    EvaluationService evaluations;

    @Inject
    CertificateIssuer issuer;

    @Inject
    CurrentActor actor;

    @Inject
    OcopConfig config;

    @Inject
    OcopAccess access;

    @Inject
    DossierProgress dossiers;

    @Transactional
    public Evaluation decide(UUID id, String ifMatch, DecisionRequest request) {
        Evaluation evaluation = Evaluation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (evaluation == null) {
            throw ApiException.notFound("OCOP evaluation", id);
        }
        // outside the caller's province an evaluation is not there (404), as one that does not exist (issue 20)
        access.requireVisible("OCOP evaluation", id, () -> access.requireProvince(evaluation.product.provinceCode));
        Versions.requireCurrent(ifMatch, evaluation.version);
        EvaluationService.requireOpen(evaluation);
        if (request.decisionDate().isBefore(evaluation.evaluationDate)) {
            throw ApiException.unprocessable("The decision cannot precede the evaluation.",
                    List.of(new Problem.FieldError("decisionDate", "must be on or after the evaluation date " + evaluation.evaluationDate)));
        }
        int minimum = config.evaluation().minimumScoreSheets();
        if (evaluation.sheets.size() < minimum) {
            throw new ApiException(ProblemType.PRECONDITION_UNMET, "The council needs at least " + minimum + " score sheet(s) before deciding; "
                    + evaluation.sheets.size() + " filed.", null, Map.of("scoreSheets", evaluation.sheets.size(), "minimumScoreSheets", minimum));
        }
        RuleSet rules = evaluations.rulesOf(evaluation);
        Rating rating = EvaluationMapper.rate(evaluation, rules);
        if (!rating.complete()) {
            throw new ApiException(ProblemType.PRECONDITION_UNMET, "Answer the mandatory criteria up to " + Math.min(rating.bandStars(),
                    rules.power(evaluation.councilLevel).maxCertifiedStars()) + " stars before deciding: "
                    + String.join(", ", rating.unansweredCriteria()) + ".", null, Map.of("unansweredCriteria", rating.unansweredCriteria()));
        }
        Product product = Product.findById(evaluation.product.id, LockModeType.PESSIMISTIC_WRITE);

        evaluation.scoreSheetCount = evaluation.sheets.size();
        evaluation.averageScore = rating.averageScore();
        evaluation.bandStars = rating.bandStars();
        evaluation.mandatoryCapStars = rating.mandatoryCapStars();
        evaluation.awardedStars = rating.awardedStars();
        evaluation.outcome = rating.outcome();
        evaluation.proposedForStars = rating.proposedForStars();
        evaluation.decisionNumber = VietnameseText.nfc(request.decisionNumber());
        evaluation.decisionDate = request.decisionDate();
        evaluation.issuingBody = VietnameseText.nfc(request.issuingBody());
        if (rating.outcome() == RatingOutcome.CERTIFIED) {
            Certificate certificate = issuer.issue(product, new CertificateIssuer.Decision(evaluation.id, evaluation.councilLevel,
                    rating.awardedStars(), evaluation.decisionNumber, evaluation.decisionDate, evaluation.issuingBody,
                    dossiers.renewedCertificate(evaluation)));
            evaluation.certificate = certificate;
        }
        settleProposal(product, evaluation, rating, rules.power(evaluation.councilLevel));
        evaluation.state = EvaluationState.DECIDED;
        evaluation.decidedBy = actor.get().subject();
        evaluation.decidedAt = Instant.now();
        evaluation.updatedAt = evaluation.decidedAt;
        evaluation.flush();
        dossiers.afterDecision(evaluation);
        return evaluation;
    }

    /**
     * A result above the council's ceiling waits for the next level ("proposed for 5 stars" after 90+ at province);
     * a decision by a council able to certify the proposed stars settles it, whatever its result.
     */
    private static void settleProposal(Product product, Evaluation evaluation, Rating rating, CouncilPower power) {
        if (rating.proposedForStars() != null) {
            product.proposedForStars = rating.proposedForStars();
            product.proposedOn = evaluation.decisionDate;
            product.proposedByEvaluation = evaluation.id;
        } else if (product.proposedForStars != null && power.maxCertifiedStars() != null
                && power.maxCertifiedStars() >= product.proposedForStars) {
            product.proposedForStars = null;
            product.proposedOn = null;
            product.proposedByEvaluation = null;
        } else {
            return;
        }
        product.updatedAt = Instant.now();
    }
}
