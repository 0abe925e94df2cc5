package vn.ntm.ocop.dossier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.rules.RuleBook;
import vn.ntm.ocop.rules.RuleSet;
import vn.ntm.ocop.security.OcopAccess;
import vn.ntm.ocop.support.Filter;
import vn.ntm.ocop.support.OcopClock;

/**
 * A producer's dossier from submission to its first step: the rule version in force on the dossier's date gives the
 * steps and the documents it must carry (migration V17). Moving it through the steps is {@link DossierSteps}.
 */
@ApplicationScoped
public class DossierService {

    @Inject
    RuleBook ruleBook;

    @Inject
    DossierRules rules;

    @Inject
    RenewalRules renewals;

    @Inject
    OcopAccess access;

    @Inject
    CurrentActor actor;

    @Inject
    OcopClock clock;

    @Transactional
    public Dossier submit(DossierRequests.Create request) {
        Product product = Product.<Product>findByIdOptional(request.productId()).orElseThrow(() -> ApiException.unprocessable(
                "The dossier refers to an unknown product.",
                List.of(new Problem.FieldError("productId", "no OCOP product has the id " + request.productId() + "; register the product first"))));
        access.requireDossierWrite(product.subject.id, product.provinceCode);
        LocalDate date = request.dossierDate() == null ? clock.today() : request.dossierDate();
        if (date.isAfter(clock.today())) {
            throw ApiException.invalidField("dossierDate", "must not be in the future (today is " + clock.today() + ")");
        }
        RuleSet ruleSet = ruleBook.inForceOn(date).orElseThrow(() -> ApiException.unprocessable("No OCOP rule version was in force on that date.",
                List.of(new Problem.FieldError("dossierDate", "no OCOP rules were in force on " + date))));
        Product locked = Product.findById(product.id, LockModeType.PESSIMISTIC_WRITE);
        if (Dossier.count("product.id = ?1 and state in ?2", locked.id, DossierState.OPEN_STATES) > 0) {
            throw ApiException.conflict("The product already has an open dossier; revise or finish it before submitting another.");
        }
        Dossier dossier = new Dossier();
        dossier.id = UUID.randomUUID();
        dossier.product = locked;
        dossier.subjectId = locked.subject.id;
        dossier.provinceCode = locked.provinceCode;
        dossier.communeCode = locked.communeCode;
        dossier.dossierDate = date;
        dossier.ruleVersion = ruleSet.code();
        dossier.state = DossierState.SUBMITTED;
        dossier.stepPosition = rules.steps(ruleSet.code()).get(0).position();
        dossier.selfScore = request.selfScore();
        dossier.description = VietnameseText.nfc(request.description());
        dossier.documents = documents(request.documents(), ruleSet.code());
        dossier.renewalOf = request.renewalOf() == null ? null : renewals.renewable(locked, request.renewalOf(), date);
        dossier.submittedBy = actor.get().subject();
        dossier.createdAt = Instant.now();
        dossier.updatedAt = dossier.createdAt;
        dossier.persist();
        DossierSteps.record(dossier, rules.step(dossier.ruleVersion, dossier.stepPosition), DossierEvent.SUBMITTED, actor.get().subject(),
                dossier.renewalOf == null ? null : "Gia hạn giấy chứng nhận " + dossier.renewalOf.number);
        dossier.flush();
        return dossier;
    }

    /** The producer's revision of a returned dossier: it goes back to the step that returned it. */
    @Transactional
    public Dossier resubmit(UUID id, String ifMatch, DossierRequests.Resubmission request) {
        Dossier dossier = lock(id);
        requireVisible(dossier);
        access.requireDossierWrite(dossier.subjectId, dossier.provinceCode);
        Versions.requireCurrent(ifMatch, dossier.version);
        if (dossier.state != DossierState.RETURNED) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Only a dossier returned for revision can be revised; this one is "
                    + dossier.state + ".", null, Map.of("state", dossier.state.name()));
        }
        dossier.selfScore = request.selfScore();
        dossier.description = VietnameseText.nfc(request.description());
        dossier.documents.clear();
        dossier.documents.addAll(documents(request.documents(), dossier.ruleVersion));
        dossier.state = DossierState.SUBMITTED;
        dossier.returnReason = null;
        dossier.updatedAt = Instant.now();
        DossierSteps.record(dossier, rules.step(dossier.ruleVersion, dossier.stepPosition), DossierEvent.RESUBMITTED, actor.get().subject(), null);
        dossier.flush();
        return dossier;
    }

    public Dossier find(UUID id) {
        return Dossier.<Dossier>find("from Dossier d join fetch d.product left join fetch d.certificate left join fetch d.renewalOf where d.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("OCOP dossier", id));
    }

    /** A dossier for a caller who may read it: its producer, or the officials of its territory. */
    public Dossier read(UUID id) {
        Dossier dossier = find(id);
        requireVisible(dossier);
        return dossier;
    }

    /**
     * A dossier the caller may not read is answered as one that does not exist (404, issue 20): another producer's, or of
     * a commune or province outside the token, must not be told apart from an unknown id. Callers who may read it but not
     * act at its step get their 403 afterwards.
     */
    void requireVisible(Dossier dossier) {
        access.requireVisible("OCOP dossier", dossier.id,
                () -> access.requireDossierRead(dossier.subjectId, dossier.provinceCode, dossier.communeCode));
    }

    Dossier lock(UUID id) {
        Dossier dossier = Dossier.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (dossier == null) {
            throw ApiException.notFound("OCOP dossier", id);
        }
        return dossier;
    }

    /** The dossiers the caller may read: a producer its own, a commune officer its commune's, officials their province's. */
    public PageResponse<Dossier> list(String province, String commune, UUID product, DossierState state, PageQuery page) {
        Filter filter = new Filter();
        var who = actor.get();
        if (access.isSubject()) {
            filter.always("d.subjectId = :own", Map.of("own", access.ownSubject()));
            filter.when(province, "d.provinceCode = :province", "province");
        } else if (who.hasRole(Roles.COMMUNE_OFFICER) && !who.hasRole(Roles.ADMINISTRATOR) && !who.hasRole(Roles.PROVINCE_OFFICER)) {
            if (who.communeCode() == null) {
                throw vn.ntm.common.security.Scopes.forbidden("Your commune officer token carries no commune claim, so it reaches no dossier.");
            }
            if (commune != null && !commune.equals(who.communeCode())) {
                throw vn.ntm.common.security.Scopes.forbidden("Your token is scoped to commune " + who.communeCode() + ", not " + commune + ".");
            }
            filter.always("d.communeCode = :ownCommune", Map.of("ownCommune", who.communeCode()));
        } else {
            filter.when(access.listingProvince(province), "d.provinceCode = :province", "province");
        }
        filter.when(access.isSubject() ? null : commune, "d.communeCode = :commune", "commune")
                .when(product, "d.product.id = :product", "product")
                .when(state, "d.state = :state", "state");
        long total = Dossier.find("select count(d) from Dossier d where " + filter.where(), filter.params()).project(Long.class).singleResult();
        List<Dossier> items = Dossier.<Dossier>find("from Dossier d join fetch d.product left join fetch d.certificate left join fetch d.renewalOf where "
                + filter.where() + " order by d.dossierDate desc, d.id", filter.params()).page(page.page(), page.size()).list();
        return PageResponse.of(items, page, total);
    }

    /**
     * The documents, checked against the rule version's list: no code twice, every code known, every mandatory one there.
     * Checksums are lower-cased, so the same file always has the same checksum text.
     */
    private List<DossierDocument> documents(List<DossierRequests.Document> given, String ruleVersion) {
        List<RequiredDocument> required = rules.documents(ruleVersion);
        Set<String> known = new HashSet<>();
        required.forEach(r -> known.add(r.code()));
        Set<String> seen = new HashSet<>();
        List<Problem.FieldError> duplicates = new ArrayList<>();
        List<Problem.FieldError> unknown = new ArrayList<>();
        List<DossierDocument> documents = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            DossierRequests.Document d = given.get(i);
            String code = d.code().strip().toUpperCase(Locale.ROOT);
            if (!seen.add(code)) {
                duplicates.add(new Problem.FieldError("documents[" + i + "].code", "document '" + code + "' is given twice"));
            } else if (!known.contains(code)) {
                unknown.add(new Problem.FieldError("documents[" + i + "].code", "'" + code + "' is not a dossier document of rule version "
                        + ruleVersion + "; known: " + String.join(", ", known.stream().sorted().toList())));
            }
            documents.add(new DossierDocument(code, VietnameseText.nfc(d.fileName().strip()), d.sha256().toLowerCase(Locale.ROOT), d.sizeBytes()));
        }
        if (!duplicates.isEmpty()) {
            throw ApiException.invalidFields(duplicates);
        }
        for (RequiredDocument r : required) {
            if (r.mandatory() && !seen.contains(r.code())) {
                unknown.add(new Problem.FieldError("documents", "the dossier lacks '" + r.code() + "' (" + r.nameVi() + "), required by "
                        + r.legalSource()));
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable("The dossier's documents do not match the list of rule version " + ruleVersion + ".", unknown);
        }
        return documents;
    }
}
