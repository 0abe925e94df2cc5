package vn.ntm.ocop.mark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;
import vn.ntm.common.security.Scopes;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.certificate.CertificateService;
import vn.ntm.ocop.certificate.RevocationRequest;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.security.OcopAccess;
import vn.ntm.ocop.support.Filter;
import vn.ntm.ocop.support.OcopClock;

/** Reported misuses of the OCOP mark: REPORTED → UNDER_REVIEW → RESOLVED with an action, handled by the province. */
@ApplicationScoped
public class MarkViolationService {

    private static final String SELECT = "from MarkViolation v left join fetch v.product left join fetch v.revokedCertificate";

    @Inject
    MarkUseService marks;

    @Inject
    CertificateService certificates;

    @Inject
    OcopAccess access;

    @Inject
    CurrentActor actor;

    @Inject
    OcopClock clock;

    @Transactional
    public MarkViolation report(MarkRequests.Report request) {
        Product product = request.productId() == null ? null
                : Product.<Product>find("from Product p left join fetch p.currentCertificate where p.id = ?1", request.productId())
                        .firstResultOptional().orElse(null);
        // scope before validity (issue 20): an official reporting in another province is refused before the report is
        // checked; products are published, so whether the id is known reveals nothing
        String claimed = product != null ? product.provinceCode : request.provinceCode();
        if (claimed != null) {
            requireReporter(claimed);
        }
        Map<String, MarkRule.ViolationKind> kinds = marks.violationKinds();
        List<Problem.FieldError> errors = new ArrayList<>();
        String kindCode = request.kind().strip().toUpperCase(Locale.ROOT);
        MarkRule.ViolationKind kind = kinds.get(kindCode);
        if (kind == null) {
            errors.add(new Problem.FieldError("kind", "unknown kind of violation '" + kindCode + "'; known: " + String.join(", ", new TreeSet<>(kinds.keySet()))));
        }
        if (request.productId() != null) {
            if (product == null) {
                errors.add(new Problem.FieldError("productId", "no OCOP product has id " + request.productId()));
            } else if (request.provinceCode() != null && !request.provinceCode().equals(product.provinceCode)) {
                errors.add(new Problem.FieldError("provinceCode", "the product is of province " + product.provinceCode + "; leave it out"));
            }
        } else {
            if (request.productName() == null || request.productName().isBlank()) {
                errors.add(new Problem.FieldError("productName", "name the product seen when it is not registered (no productId)"));
            }
            if (request.provinceCode() == null) {
                errors.add(new Problem.FieldError("provinceCode", "name the province that handles it when the product is not registered"));
            }
        }
        if (kind != null && kind.needsStars && request.starsShown() == null) {
            errors.add(new Problem.FieldError("starsShown", "a " + kindCode + " report says how many stars the mark showed"));
        }
        if (kind != null && kind.needsStars && request.starsShown() != null && product != null && product.currentCertificate != null
                && product.currentCertificate.stars == request.starsShown()) {
            errors.add(new Problem.FieldError("starsShown", product.currentCertificate.number + " certifies " + request.starsShown()
                    + " stars: the mark shown is not a wrong star count"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The violation cannot be recorded as reported.", errors);
        }
        String province = product != null ? product.provinceCode : request.provinceCode();
        requireReporter(province);
        MarkViolation v = new MarkViolation();
        v.id = UUID.randomUUID();
        v.provinceCode = province;
        v.product = product;
        v.productName = product != null ? product.name : VietnameseText.nfc(request.productName().strip());
        v.kind = kindCode;
        v.seenOn = request.seenOn();
        v.seenAt = VietnameseText.nfc(request.seenAt());
        v.description = VietnameseText.nfc(request.description());
        v.starsShown = request.starsShown();
        v.reporterName = VietnameseText.nfc(request.reporterName());
        v.reporterContact = VietnameseText.nfc(request.reporterContact());
        v.reportedBy = actor.get().subject();
        v.state = ViolationState.REPORTED;
        if (request.evidence() != null) {
            request.evidence().forEach(e -> v.evidence.add(new Evidence(VietnameseText.nfc(e.fileName()), e.sha256().toLowerCase(Locale.ROOT), e.sizeBytes())));
        }
        v.createdAt = Instant.now();
        v.persist();
        return v;
    }

    /** Officials report in their own province; a citizen (a buyer) reports what was seen wherever it was seen. */
    private void requireReporter(String province) {
        Actor a = actor.get();
        boolean citizenOnly = a.hasRole(Roles.CITIZEN) && !a.hasRole(Roles.PROVINCE_OFFICER) && !a.hasRole(Roles.COMMUNE_OFFICER);
        if (a.hasRole(Roles.ADMINISTRATOR) || citizenOnly) {
            return;
        }
        Scopes.requireProvince(a, province);
    }

    public MarkViolation find(UUID id) {
        return MarkViolation.<MarkViolation>find(SELECT + " where v.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("OCOP mark violation", id));
    }

    /** The province's work list: violations by state (open ones by default), oldest sighting first. */
    public PageResponse<MarkViews.ViolationView> list(String province, ViolationState state, PageQuery page) {
        String scoped = access.listingProvince(province);
        Filter filter = new Filter().when(scoped, "v.provinceCode = :province", "province");
        if (state != null) {
            filter.when(state, "v.state = :state", "state");
        } else {
            filter.always("v.state <> :resolved", Map.of("resolved", ViolationState.RESOLVED));
        }
        long total = MarkViolation.find("select count(v) from MarkViolation v where " + filter.where(), filter.params()).project(Long.class)
                .singleResult();
        Map<String, MarkRule.ViolationKind> kinds = marks.violationKinds();
        List<MarkViews.ViolationView> items = MarkViolation.<MarkViolation>find(SELECT + " where " + filter.where() + " order by v.seenOn, v.createdAt",
                filter.params()).page(page.page(), page.size()).list().stream().map(v -> MarkMapper.violation(v, kinds)).toList();
        return PageResponse.of(items, page, total);
    }

    /** The record with the reporter, for the handling province only. */
    public MarkViolation findForHandling(UUID id) {
        MarkViolation v = find(id);
        access.requireProvince(v.provinceCode);
        return v;
    }

    public MarkViews.ViolationView view(MarkViolation v) {
        return MarkMapper.violation(v, marks.violationKinds());
    }

    public MarkViews.ReporterView reporter(MarkViolation v) {
        return MarkMapper.reporter(v);
    }

    @Transactional
    public MarkViolation review(UUID id, String ifMatch, MarkRequests.Review request) {
        MarkViolation v = lock(id, ifMatch);
        if (v.state != ViolationState.REPORTED) {
            throw invalid(v, "Only a REPORTED violation is taken under review");
        }
        v.state = ViolationState.UNDER_REVIEW;
        v.reviewStartedOn = clock.today();
        v.actionNote = VietnameseText.nfc(request == null ? null : request.note());
        v.handledBy = actor.get().subject();
        v.flush();
        return v;
    }

    @Transactional
    public MarkViolation resolve(UUID id, String ifMatch, MarkRequests.Resolution request) {
        MarkViolation v = lock(id, ifMatch);
        if (v.state != ViolationState.UNDER_REVIEW) {
            throw invalid(v, "A violation is resolved after its review (POST .../review first)");
        }
        String code = request.action().strip().toUpperCase(Locale.ROOT);
        Map<String, MarkRule.Action> actions = marks.actions();
        MarkRule.Action action = actions.get(code);
        LocalDate resolvedOn = request.resolvedOn() == null ? clock.today() : request.resolvedOn();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (action == null) {
            errors.add(new Problem.FieldError("action", "unknown action '" + code + "'; known: " + String.join(", ", new TreeSet<>(actions.keySet()))));
        } else if (action.opensRevocation) {
            if (request.revocationReason() == null) {
                errors.add(new Problem.FieldError("revocationReason", "a revocation proposal needs the reason of the revocation it opens"));
            }
            if (v.product == null || v.product.currentCertificate == null) {
                errors.add(new Problem.FieldError("action", "the product has no certificate here to revoke; choose another action"));
            }
        } else if (request.revocationReason() != null) {
            errors.add(new Problem.FieldError("revocationReason", "only an action that opens the revocation takes a revocation reason"));
        }
        if (v.reviewStartedOn != null && resolvedOn.isBefore(v.reviewStartedOn)) {
            errors.add(new Problem.FieldError("resolvedOn", "must be on or after the review started, " + v.reviewStartedOn));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The violation cannot be resolved as sent.", errors);
        }
        if (action.opensRevocation) {
            // the existing revocation with this violation as its reason: same rules (in force, not before issue), same record
            Certificate revoked = certificates.revokeOnProposal(v.product.currentCertificate.id, new RevocationRequest(request.revocationReason(),
                    "Vi phạm sử dụng biểu trưng OCOP (" + v.kind + ") ngày " + v.seenOn + " tại " + v.seenAt + " (violation " + v.id + "); "
                            + VietnameseText.nfc(request.note()), request.decisionNumber(), resolvedOn));
            v.revokedCertificate = revoked;
        }
        v.state = ViolationState.RESOLVED;
        v.action = code;
        v.actionNote = VietnameseText.nfc(request.note());
        v.resolvedOn = resolvedOn;
        v.handledBy = actor.get().subject();
        v.flush();
        return v;
    }

    private MarkViolation lock(UUID id, String ifMatch) {
        MarkViolation found = findForHandling(id);
        MarkViolation v = MarkViolation.findById(found.id, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireCurrent(ifMatch, v.version);
        return v;
    }

    private static ApiException invalid(MarkViolation v, String what) {
        return new ApiException(ProblemType.INVALID_TRANSITION, what + "; violation " + v.id + " is " + v.state + ".", null,
                Map.of("state", v.state.name()));
    }
}
