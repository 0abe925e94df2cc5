package vn.ntm.ocop.subject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.ocop.commune.CommuneLookup;
import vn.ntm.ocop.commune.VerifiedCommune;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.security.OcopAccess;
import vn.ntm.common.http.Versions;
import vn.ntm.ocop.support.Filter;
import vn.ntm.ocop.support.OcopClock;

/**
 * The subject registry. The commune is checked with communes-service before the transaction opens, so that a slow
 * dependency holds no connection and a refusal writes nothing. Writes are confined to the caller's territory
 * ({@link OcopAccess#requireRegistryWrite}): the record's commune before the change and after it.
 */
@ApplicationScoped
public class SubjectService {

    @Inject
    CommuneLookup communes;

    @Inject
    OcopClock clock;

    @Inject
    OcopAccess access;

    public OcopSubject create(SubjectRequest request) {
        // scope before existence before validity (issue 20): what the body alone tells of the territory is checked before
        // communes-service is asked about the code, the rest once it has answered with the province
        access.requireRegistryReach(request.communeCode());
        VerifiedCommune commune = communes.verify("communeCode", request.communeCode(), asOf(request));
        access.requireRegistryWrite(commune.provinceCode(), commune.code());
        return QuarkusTransaction.requiringNew().call(() -> {
            requireUniqueRegistration(request, null);
            OcopSubject subject = new OcopSubject();
            subject.id = UUID.randomUUID();
            SubjectMapper.apply(request, commune, subject);
            subject.createdAt = Instant.now();
            subject.updatedAt = subject.createdAt;
            subject.persistAndFlush();
            return subject;
        });
    }

    public OcopSubject update(UUID id, String ifMatch, SubjectRequest request) {
        // read in its own short transaction: the request's session must not keep a copy that the update makes stale
        VerifiedCommune known = QuarkusTransaction.requiringNew().call(() -> {
            OcopSubject current = find(id);
            return new VerifiedCommune(current.communeCode, current.communeName, current.provinceCode, current.communeAsOf);
        });
        access.requireRegistryWrite(known.provinceCode(), known.code());
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.versionRequired();
        }
        // a commune officer moving the subject to another commune is refused before that code is looked up
        access.requireRegistryReach(request.communeCode());
        LocalDate asOf = asOf(request);
        VerifiedCommune commune = known.code().equals(request.communeCode()) && known.asOf().equals(asOf)
                ? known : communes.verify("communeCode", request.communeCode(), asOf);
        // nor may a record be moved out of the caller's territory
        access.requireRegistryWrite(commune.provinceCode(), commune.code());
        return QuarkusTransaction.requiringNew().call(() -> {
            OcopSubject subject = find(id);
            Versions.requireCurrent(ifMatch, subject.version);
            requireUniqueRegistration(request, id);
            SubjectMapper.apply(request, commune, subject);
            subject.updatedAt = Instant.now();
            subject.flush();
            return subject;
        });
    }

    public void delete(UUID id, String ifMatch) {
        QuarkusTransaction.requiringNew().run(() -> {
            OcopSubject subject = find(id);
            access.requireRegistryWrite(subject.provinceCode, subject.communeCode);
            Versions.requireCurrent(ifMatch, subject.version);
            long products = Product.count("subject.id", id);
            if (products > 0) {
                throw ApiException.conflict("The subject has " + products + " product(s); delete them or register them under"
                        + " another subject first.");
            }
            subject.delete();
        });
    }

    public OcopSubject find(UUID id) {
        return OcopSubject.<OcopSubject>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("OCOP subject", id));
    }

    /** The subject with its private registration details, for officials of its province. */
    public OcopSubject registration(UUID id) {
        OcopSubject subject = find(id);
        access.requireProvince(subject.provinceCode);
        return subject;
    }

    public PageResponse<OcopSubject> list(String province, String commune, SubjectType type, String q, PageQuery page) {
        Filter filter = new Filter()
                .when(province, "provinceCode = :province", "province")
                .when(commune, "communeCode = :commune", "commune")
                .when(type, "type = :type", "type")
                .search(q, "nameFolded");
        var query = OcopSubject.<OcopSubject>find(filter.where(), Sort.by("nameFolded").and("id"), filter.params());
        return PageResponse.of(query.page(page.page(), page.size()).list(), page, query.count());
    }

    private LocalDate asOf(SubjectRequest request) {
        return request.communeAsOf() != null ? request.communeAsOf() : clock.today();
    }

    private static void requireUniqueRegistration(SubjectRequest request, UUID self) {
        OcopSubject other = OcopSubject.<OcopSubject>find("type = ?1 and registrationNumber = ?2", request.type(),
                request.registrationNumber().strip()).firstResult();
        if (other != null && !Objects.equals(other.id, self)) {
            throw ApiException.conflict("A " + request.type() + " with registration number '" + request.registrationNumber().strip()
                    + "' is already registered (subject " + other.id + ").");
        }
    }
}
