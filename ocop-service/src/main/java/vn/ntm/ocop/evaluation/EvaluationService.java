package vn.ntm.ocop.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.rules.CouncilLevel;
import vn.ntm.ocop.rules.CouncilPower;
import vn.ntm.ocop.rules.MandatoryCriterion;
import vn.ntm.ocop.rules.RuleBook;
import vn.ntm.ocop.rules.RuleSet;
import vn.ntm.ocop.rules.ScorePart;
import vn.ntm.ocop.security.OcopAccess;
import vn.ntm.common.http.Versions;
import vn.ntm.ocop.support.Filter;

/**
 * Opening and editing evaluation rounds; the rule version follows the evaluation date. Officials act on the evaluations
 * of their province's products ({@link OcopAccess}).
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    RuleBook ruleBook;

    @Inject
    CurrentActor actor;

    @Inject
    OcopAccess access;

    /**
     * Direct creation, kept for back-filling historical decisions: the evaluation is flagged {@code backFilled}. A
     * producer's dossier opens its evaluations through {@link #openFromDossier}.
     */
    @Transactional
    public Evaluation create(EvaluationRequest request) {
        Product product = Product.<Product>findByIdOptional(request.productId()).orElseThrow(() -> ApiException.unprocessable(
                "The evaluation refers to an unknown product.",
                List.of(new Problem.FieldError("productId", "no OCOP product has the id " + request.productId() + "; register the product first"))));
        access.requireProvince(product.provinceCode);
        return open(product, request.councilLevel(), request.councilName(), request.evaluationDate(), request.mandatoryCriteria(), null);
    }

    /** Opens the evaluation of a dossier's council step; runs inside the dossier's transaction, which checked the caller. */
    public Evaluation openFromDossier(Product product, CouncilLevel level, String councilName, LocalDate date, List<MandatoryAnswer> criteria,
            UUID dossierId) {
        return open(product, level, councilName, date, criteria, dossierId);
    }

    private Evaluation open(Product product, CouncilLevel level, String councilName, LocalDate date, List<MandatoryAnswer> criteria,
            UUID dossierId) {
        RuleSet rules = rulesOn(date);
        requireCouncil(rules, level);
        long open = Evaluation.count("product.id = ?1 and councilLevel = ?2 and state = ?3", product.id, level, EvaluationState.OPEN);
        if (open > 0) {
            throw ApiException.conflict("The product already has an open " + level + " evaluation; decide it or edit it instead.");
        }
        Evaluation evaluation = new Evaluation();
        evaluation.id = UUID.randomUUID();
        evaluation.product = product;
        evaluation.councilLevel = level;
        evaluation.councilName = VietnameseText.nfc(councilName);
        evaluation.evaluationDate = date;
        evaluation.ruleVersion = rules.code();
        evaluation.state = EvaluationState.OPEN;
        evaluation.createdBy = actor.get().subject();
        evaluation.mandatoryChecks = checks(criteria, rules);
        evaluation.dossierId = dossierId;
        evaluation.backFilled = dossierId == null;
        evaluation.createdAt = Instant.now();
        evaluation.updatedAt = evaluation.createdAt;
        evaluation.persistAndFlush();
        return evaluation;
    }

    @Transactional
    public Evaluation update(UUID id, String ifMatch, EvaluationUpdate request) {
        Evaluation evaluation = find(id);
        // outside the caller's province an evaluation is not there (404), as one that does not exist (issue 20)
        access.requireVisible("OCOP evaluation", id, () -> access.requireProvince(evaluation.product.provinceCode));
        Versions.requireCurrent(ifMatch, evaluation.version);
        requireOpen(evaluation);
        RuleSet rules = rulesOn(request.evaluationDate());
        requireCouncil(rules, request.councilLevel());
        if (!rules.code().equals(evaluation.ruleVersion)) {
            // a new date under another rule version: the filed sheets must fit its part maxima
            for (int i = 0; i < evaluation.sheets.size(); i++) {
                ScoreSheet sheet = evaluation.sheets.get(i);
                ScoreSheetValidator.requireWithinMaxima(Map.of(ScorePart.A, sheet.partA, ScorePart.B, sheet.partB, ScorePart.C, sheet.partC),
                        rules, "scoreSheets[" + i + "].");
            }
        }
        evaluation.councilLevel = request.councilLevel();
        evaluation.councilName = VietnameseText.nfc(request.councilName());
        evaluation.evaluationDate = request.evaluationDate();
        evaluation.ruleVersion = rules.code();
        evaluation.mandatoryChecks.clear();
        evaluation.mandatoryChecks.addAll(checks(request.mandatoryCriteria(), rules));
        evaluation.updatedAt = Instant.now();
        evaluation.flush();
        return evaluation;
    }

    public Evaluation find(UUID id) {
        return Evaluation.<Evaluation>find("from Evaluation e join fetch e.product left join fetch e.certificate where e.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("OCOP evaluation", id));
    }

    /** An evaluation for a caller who may read it (see {@link OcopAccess#requireEvaluationRead}). */
    public Evaluation read(UUID id) {
        Evaluation evaluation = find(id);
        access.requireVisible("OCOP evaluation", id, () -> access.requireEvaluationRead(evaluation));
        return evaluation;
    }

    /** The evaluations the caller may read: of its province's products, and central ones for central council members. */
    public PageResponse<Evaluation> list(UUID product, String province, CouncilLevel level, EvaluationState state, LocalDate from,
            LocalDate to, PageQuery page) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.invalidField("from", "must not be after 'to' (" + to + ")");
        }
        Filter filter = new Filter();
        if (access.isCentralMember()) {
            filter.when(province, "p.provinceCode = :province", "province");
            String own = actor.get().provinceCode();
            if (own == null) {
                filter.always("e.councilLevel = :central", Map.of("central", CouncilLevel.CENTRAL));
            } else {
                filter.always("(e.councilLevel = :central or p.provinceCode = :ownProvince)",
                        Map.of("central", CouncilLevel.CENTRAL, "ownProvince", own));
            }
        } else {
            filter.when(access.listingProvince(province), "p.provinceCode = :province", "province");
        }
        filter.when(product, "p.id = :product", "product")
                .when(level, "e.councilLevel = :level", "level")
                .when(state, "e.state = :state", "state")
                .when(from, "e.evaluationDate >= :from", "from")
                .when(to, "e.evaluationDate <= :to", "to");
        long total = Evaluation.find("select count(e) from Evaluation e join e.product p where " + filter.where(), filter.params())
                .project(Long.class).singleResult();
        List<Evaluation> items = Evaluation.<Evaluation>find("from Evaluation e join fetch e.product p left join fetch e.certificate where "
                + filter.where() + " order by e.evaluationDate desc, e.id", filter.params()).page(page.page(), page.size()).list();
        return PageResponse.of(items, page, total);
    }

    public RuleSet rulesOf(Evaluation evaluation) {
        return ruleBook.byCode(evaluation.ruleVersion).orElseThrow();
    }

    static void requireOpen(Evaluation evaluation) {
        if (evaluation.state != EvaluationState.OPEN) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "The evaluation was decided on " + evaluation.decisionDate
                    + " and can no longer change; open a new evaluation (re-evaluation) instead.", null, Map.of("state", evaluation.state.name()));
        }
    }

    private RuleSet rulesOn(LocalDate date) {
        return ruleBook.inForceOn(date).orElseThrow(() -> ApiException.unprocessable("No OCOP rule version was in force on that date.",
                List.of(new Problem.FieldError("evaluationDate", "no OCOP scoring rules were in force on " + date + "; the earliest version starts on "
                        + ruleBook.all().get(0).effectiveFrom()))));
    }

    private static void requireCouncil(RuleSet rules, CouncilLevel level) {
        CouncilPower power = rules.power(level);
        if (!power.allowed()) {
            throw ApiException.unprocessable("That council level does not exist under the rules in force on the evaluation date.",
                    List.of(new Problem.FieldError("councilLevel", level + " councils cannot evaluate under " + rules.legalSource()
                            + " (rule version " + rules.code() + ", from " + rules.effectiveFrom() + "): " + power.roleDescription())));
        }
    }

    private static List<MandatoryCheck> checks(List<MandatoryAnswer> answers, RuleSet rules) {
        if (answers == null) {
            return new ArrayList<>();
        }
        Set<String> known = rules.mandatoryCriteria().stream().map(MandatoryCriterion::code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        List<Problem.FieldError> duplicates = new ArrayList<>();
        List<Problem.FieldError> unknown = new ArrayList<>();
        List<MandatoryCheck> checks = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            String code = answers.get(i).code().strip();
            if (!seen.add(code)) {
                duplicates.add(new Problem.FieldError("mandatoryCriteria[" + i + "].code", "criterion '" + code + "' is answered twice"));
            } else if (!known.contains(code)) {
                unknown.add(new Problem.FieldError("mandatoryCriteria[" + i + "].code", "'" + code + "' is not a mandatory criterion of rule version "
                        + rules.code() + "; known: " + String.join(", ", known.stream().sorted().toList())));
            }
            checks.add(new MandatoryCheck(code, answers.get(i).met(), VietnameseText.nfc(answers.get(i).note())));
        }
        if (!duplicates.isEmpty()) {
            throw ApiException.invalidFields(duplicates);
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("Unknown mandatory criteria for the rule version in force.", unknown);
        }
        return checks;
    }
}
