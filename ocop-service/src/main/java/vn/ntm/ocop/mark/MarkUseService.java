package vn.ntm.ocop.mark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.certificate.CertificateState;
import vn.ntm.ocop.certificate.CertificateStates;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.security.OcopAccess;

/** The mark rules (data of V20) and the registered uses of the mark per certified product. */
@ApplicationScoped
public class MarkUseService {

    @Inject
    OcopAccess access;

    @Inject
    CurrentActor actor;

    @Inject
    CertificateStates states;

    public MarkViews.Rules rules() {
        return new MarkViews.Rules(
                MarkRule.UseKind.<MarkRule.UseKind>find("order by code").list().stream().map(MarkMapper::useKind).toList(),
                MarkRule.ViolationKind.<MarkRule.ViolationKind>find("order by code").list().stream().map(MarkMapper::violationKind).toList(),
                MarkRule.Action.<MarkRule.Action>find("order by code").list().stream().map(MarkMapper::action).toList());
    }

    public Map<String, MarkRule.ViolationKind> violationKinds() {
        return MarkRule.ViolationKind.<MarkRule.ViolationKind>listAll().stream().collect(Collectors.toMap(k -> k.code, Function.identity()));
    }

    public Map<String, MarkRule.Action> actions() {
        return MarkRule.Action.<MarkRule.Action>listAll().stream().collect(Collectors.toMap(a -> a.code, Function.identity()));
    }

    public Product product(UUID id) {
        return Product.<Product>find("from Product p join fetch p.subject left join fetch p.currentCertificate where p.id = ?1", id)
                .firstResultOptional().orElseThrow(() -> ApiException.notFound("OCOP product", id));
    }

    /** The certificate of the product in force today, the condition to use the mark (or to carry a trace code). */
    public Certificate certificateInForce(Product p, String field) {
        Certificate c = p.currentCertificate;
        CertificateState state = c == null ? null : states.now(c);
        if (state == null || !state.inForce()) {
            throw new ApiException(ProblemType.PRECONDITION_UNMET, "Product " + p.name + " has no OCOP certificate in force"
                    + (c == null ? "" : " (" + c.number + " is " + state + ")") + "; only a certified product may use the mark or carry trace codes.",
                    List.of(new Problem.FieldError(field, "the product has no certificate in force")), null);
        }
        return c;
    }

    @Transactional
    public MarkUse register(UUID productId, MarkRequests.Use request) {
        Product p = product(productId);
        access.requireProductRecord(p.subject.id, p.provinceCode);
        String kind = request.kind().strip().toUpperCase(Locale.ROOT);
        if (MarkRule.UseKind.findById(kind) == null) {
            throw ApiException.unprocessable("Unknown kind of mark use.", List.of(new Problem.FieldError("kind", "unknown kind '" + kind
                    + "'; known: " + String.join(", ", new TreeSet<>(MarkRule.UseKind.<MarkRule.UseKind>listAll().stream().map(k -> k.code).toList())))));
        }
        if (request.usedUntil() != null && request.usedUntil().isBefore(request.usedFrom())) {
            throw ApiException.unprocessable("A use cannot end before it starts.",
                    List.of(new Problem.FieldError("usedUntil", "must be on or after usedFrom " + request.usedFrom())));
        }
        Certificate c = certificateInForce(p, "productId");
        if (request.usedFrom().isBefore(c.firstValidDay())) {
            throw ApiException.unprocessable("The mark may be used only while the certificate is in force.",
                    List.of(new Problem.FieldError("usedFrom", "must be on or after " + c.firstValidDay() + ", the first day of " + c.number)));
        }
        MarkUse use = new MarkUse();
        use.id = UUID.randomUUID();
        use.product = p;
        use.certificate = c;
        use.kind = kind;
        use.description = VietnameseText.nfc(request.description());
        use.place = VietnameseText.nfc(request.place());
        use.usedFrom = request.usedFrom();
        use.usedUntil = request.usedUntil();
        use.createdBy = actor.get().subject();
        use.createdAt = Instant.now();
        use.persist();
        return use;
    }

    /** Registered uses are public: a buyer may check that the package in hand is one the producer declared. */
    public PageResponse<MarkViews.UseView> uses(UUID productId, PageQuery page) {
        Product p = product(productId);
        long total = MarkUse.count("product.id", p.id);
        List<MarkViews.UseView> items = MarkUse.<MarkUse>find("from MarkUse u join fetch u.certificate join fetch u.product where u.product.id = ?1 "
                + "order by u.usedFrom desc, u.createdAt desc", p.id).page(page.page(), page.size()).list().stream().map(MarkMapper::use).toList();
        return PageResponse.of(items, page, total);
    }
}
