package vn.ntm.ocop.product;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.ocop.catalog.Catalog;
import vn.ntm.ocop.catalog.ProductGroup;
import vn.ntm.ocop.catalog.ProductSubgroup;
import vn.ntm.ocop.certificate.CertificateState;
import vn.ntm.ocop.certificate.CertificateStates;
import vn.ntm.ocop.commune.CommuneLookup;
import vn.ntm.ocop.commune.VerifiedCommune;
import vn.ntm.ocop.evaluation.Evaluation;
import vn.ntm.ocop.security.OcopAccess;
import vn.ntm.ocop.subject.OcopSubject;
import vn.ntm.common.http.Versions;
import vn.ntm.ocop.support.Filter;
import vn.ntm.ocop.support.OcopClock;

/**
 * The product registry: classification and commune checks, then one transaction per write. Writes are confined to the
 * caller's territory ({@link OcopAccess#requireRegistryWrite}): the product's commune before the change and after it.
 */
@ApplicationScoped
public class ProductService {

    private static final String SELECT = "from Product p join fetch p.subject s left join fetch p.currentCertificate c";
    private static final String COUNT = "select count(p) from Product p left join p.currentCertificate c";

    @Inject
    CommuneLookup communes;

    @Inject
    Catalog catalog;

    @Inject
    OcopClock clock;

    @Inject
    CertificateStates states;

    @Inject
    OcopAccess access;

    public Product create(ProductRequest request) {
        // scope before existence before validity (issue 20): the commune named in the body, then the subject's or product's
        // territory (subjects are published, so an unknown subject id reveals nothing), and only then the classification
        access.requireRegistryReach(request.communeCode());
        OcopSubject subject = subjectOf(request);
        VerifiedCommune commune = communeOf(request,
                commune(subject.communeCode, subject.communeName, subject.provinceCode, subject.communeAsOf), null);
        access.requireRegistryWrite(commune.provinceCode(), commune.code());
        requireSubgroup(request);
        return QuarkusTransaction.requiringNew().call(() -> {
            Product product = new Product();
            product.id = UUID.randomUUID();
            ProductMapper.apply(request, subjectOf(request), commune, product);
            requireUniqueName(product);
            product.createdAt = Instant.now();
            product.updatedAt = product.createdAt;
            product.persistAndFlush();
            return product;
        });
    }

    public Product update(UUID id, String ifMatch, ProductRequest request) {
        // read in its own short transaction: the request's session must not keep a copy that the update makes stale
        VerifiedCommune current = QuarkusTransaction.requiringNew().call(() -> {
            Product product = find(id);
            return commune(product.communeCode, product.communeName, product.provinceCode, product.communeAsOf);
        });
        access.requireRegistryWrite(current.provinceCode(), current.code());
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.versionRequired();
        }
        access.requireRegistryReach(request.communeCode());
        VerifiedCommune subjects = QuarkusTransaction.requiringNew().call(() -> {
            OcopSubject subject = subjectOf(request);
            return commune(subject.communeCode, subject.communeName, subject.provinceCode, subject.communeAsOf);
        });
        VerifiedCommune commune = communeOf(request, subjects, current);
        // nor may a product be moved out of the caller's territory; the classification is checked only then
        access.requireRegistryWrite(commune.provinceCode(), commune.code());
        requireSubgroup(request);
        return QuarkusTransaction.requiringNew().call(() -> {
            Product product = find(id);
            Versions.requireCurrent(ifMatch, product.version);
            ProductMapper.apply(request, subjectOf(request), commune, product);
            product.updatedAt = Instant.now();
            requireUniqueName(product);
            product.flush();
            return product;
        });
    }

    public void delete(UUID id, String ifMatch) {
        QuarkusTransaction.requiringNew().run(() -> {
            Product product = find(id);
            access.requireRegistryWrite(product.provinceCode, product.communeCode);
            Versions.requireCurrent(ifMatch, product.version);
            long evaluations = Evaluation.count("product.id", id);
            if (evaluations > 0) {
                throw ApiException.conflict("The product has " + evaluations + " evaluation(s) and its certification history must be kept;"
                        + " it cannot be deleted.");
            }
            product.delete();
        });
    }

    public Product find(UUID id) {
        return Product.<Product>find(SELECT + " where p.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("OCOP product", id));
    }

    public PageResponse<Product> list(ProductFilter f, PageQuery page) {
        Filter filter = new Filter()
                .when(f.province(), "p.provinceCode = :province", "province")
                .when(f.commune(), "p.communeCode = :commune", "commune")
                .when(f.group(), "p.group = :group", "group")
                .when(f.subgroup(), "p.subgroupCode = :subgroup", "subgroup")
                .when(f.subject(), "p.subject.id = :subject", "subject")
                .when(f.stars(), "c.stars = :stars", "stars")
                .search(f.q(), "p.nameFolded");
        LocalDate today = clock.today();
        if (f.certificateState() == CertificateStatusFilter.NONE) {
            filter.always("c.id is null", Map.of());
        } else if (f.certificateState() != null) {
            CertificateState state = CertificateState.valueOf(f.certificateState().name());
            filter.always(CertificateStates.hql(state, "c"), states.params(state, today));
        } else if (f.stars() != null) {
            // "4 stars" means a 4-star certificate in force, unless a certificate state is asked for explicitly
            filter.always(CertificateStates.hqlInForce("c"), Map.of("stateDay", today));
        }
        long total = Product.find(COUNT + " where " + filter.where(), filter.params()).project(Long.class).singleResult();
        List<Product> items = Product.<Product>find(SELECT + " where " + filter.where() + " order by p.nameFolded, p.id", filter.params())
                .page(page.page(), page.size()).list();
        return PageResponse.of(items, page, total);
    }

    private static OcopSubject subjectOf(ProductRequest request) {
        return OcopSubject.<OcopSubject>findByIdOptional(request.subjectId()).orElseThrow(() -> ApiException.unprocessable(
                "The product refers to an unknown subject.",
                List.of(new Problem.FieldError("subjectId", "no OCOP subject has the id " + request.subjectId() + "; register the subject first"))));
    }

    private void requireSubgroup(ProductRequest request) {
        ProductSubgroup subgroup = catalog.subgroup(request.subgroupCode().strip()).orElseThrow(() -> ApiException.unprocessable(
                "The sub-group is not in the classification.",
                List.of(new Problem.FieldError("subgroupCode", "unknown sub-group '" + request.subgroupCode()
                        + "'; see GET /api/v1/ocop/product-groups"))));
        ProductGroup group = request.group();
        if (subgroup.group != group) {
            throw ApiException.unprocessable("The sub-group does not belong to the group.",
                    List.of(new Problem.FieldError("subgroupCode", "'" + subgroup.code + "' belongs to group " + subgroup.group + ", not " + group)));
        }
    }

    /** The subject's (or the product's current) commune is reused without a remote call when it is the one asked for. */
    private VerifiedCommune communeOf(ProductRequest request, VerifiedCommune subjects, VerifiedCommune current) {
        String code = request.communeCode() == null ? subjects.code() : request.communeCode();
        LocalDate asOf = request.communeAsOf();
        for (VerifiedCommune known : new VerifiedCommune[] {subjects, current}) {
            if (known != null && code.equals(known.code()) && (asOf == null || asOf.equals(known.asOf()))) {
                return known;
            }
        }
        return communes.verify("communeCode", code, asOf == null ? clock.today() : asOf);
    }

    private static VerifiedCommune commune(String code, String name, String provinceCode, LocalDate asOf) {
        return new VerifiedCommune(code, name, provinceCode, asOf);
    }

    private static void requireUniqueName(Product product) {
        Product other = Product.<Product>find("subject.id = ?1 and nameFolded = ?2", product.subject.id, product.nameFolded).firstResult();
        if (other != null && !Objects.equals(other.id, product.id)) {
            throw ApiException.conflict("The subject already has a product named '" + other.name + "' (" + other.id + ").");
        }
    }
}
