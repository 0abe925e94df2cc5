package vn.ntm.ocop.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.ocop.security.OcopAccess;
import vn.ntm.common.http.Versions;
import vn.ntm.ocop.support.Filter;
import vn.ntm.ocop.support.OcopClock;

/** Verification, listings and revocation of certificates. */
@ApplicationScoped
public class CertificateService {

    /** The number printed on packages: OCOP-{province}-{year}-{6 digits}. */
    public static final Pattern NUMBER = Pattern.compile("OCOP-\\d{2}-\\d{4}-\\d{6}");
    private static final String SELECT = "from Certificate c join fetch c.product p join fetch p.subject s left join fetch c.supersededBy";

    @Inject
    CertificateStates states;

    @Inject
    OcopClock clock;

    @Inject
    CurrentActor actor;

    @Inject
    OcopAccess access;

    /** For the public line "inspected 2026, compliant" (the inspection service revokes through this one; Arc's proxies allow the cycle). */
    @Inject
    vn.ntm.ocop.inspection.InspectionService inspections;

    public Certificate find(String number) {
        String normalised = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
        if (!NUMBER.matcher(normalised).matches()) {
            throw ApiException.invalidField("number", "'" + number + "' is not an OCOP certificate number (expected e.g. OCOP-30-2025-000123)");
        }
        return Certificate.<Certificate>find(SELECT + " where c.number = ?1", normalised).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("OCOP certificate", normalised));
    }

    public CertificateVerification verify(String number) {
        Certificate c = find(number);
        LocalDate today = clock.today();
        return CertificateMapper.verification(c, states.on(c, today), today, inspections.lastInspection(c.id).orElse(null));
    }

    public CertificateView view(Certificate c) {
        LocalDate today = clock.today();
        return CertificateMapper.view(c, states.on(c, today), today);
    }

    /** Certificates of the caller's province (every province for administrators). */
    public PageResponse<CertificateView> list(CertificateState state, String province, String commune, Integer stars, UUID product,
            PageQuery page) {
        LocalDate today = clock.today();
        Filter filter = new Filter()
                .when(access.listingProvince(province), "c.provinceCode = :province", "province")
                .when(commune, "c.communeCode = :commune", "commune")
                .when(stars, "c.stars = :stars", "stars")
                .when(product, "p.id = :product", "product");
        if (state != null) {
            filter.always(CertificateStates.hql(state, "c"), states.params(state, today));
        }
        long total = Certificate.find("select count(c) from Certificate c join c.product p where " + filter.where(), filter.params())
                .project(Long.class).singleResult();
        List<Certificate> items = Certificate.<Certificate>find(SELECT + " where " + filter.where() + " order by c.validUntil, c.number",
                filter.params()).page(page.page(), page.size()).list();
        return PageResponse.of(items.stream().map(c -> CertificateMapper.view(c, states.on(c, today), today)).toList(), page, total);
    }

    @Transactional
    public Certificate revoke(String number, String ifMatch, RevocationRequest request) {
        Certificate found = find(number);
        access.requireProvince(found.provinceCode);
        Certificate c = Certificate.findById(found.id, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireCurrent(ifMatch, c.version);
        return applyRevocation(c, request);
    }

    /**
     * The revocation an annual inspection's proposal opens: the same rules and record as {@link #revoke}, without the
     * certificate's If-Match, because the caller holds the inspection's (its If-Match guards this write) and the caller's
     * province was checked against the inspection.
     */
    @Transactional
    public Certificate revokeOnInspection(Long certificateId, RevocationRequest request) {
        return applyRevocation(Certificate.findById(certificateId, LockModeType.PESSIMISTIC_WRITE), request);
    }

    /**
     * The revocation a handled mark violation proposes: as {@link #revokeOnInspection}, the caller holds the violation's
     * If-Match and its province was checked against the violation.
     */
    @Transactional
    public Certificate revokeOnProposal(Long certificateId, RevocationRequest request) {
        return applyRevocation(Certificate.findById(certificateId, LockModeType.PESSIMISTIC_WRITE), request);
    }

    /** Whether the certificate is in force on some day of {@code year}, the condition to plan its inspection that year. */
    public boolean inForceDuring(Certificate c, int year) {
        LocalDate first = LocalDate.of(year, 1, 1).isAfter(c.firstValidDay()) ? LocalDate.of(year, 1, 1) : c.firstValidDay();
        return first.getYear() == year && states.on(c, first).inForce();
    }

    private Certificate applyRevocation(Certificate c, RevocationRequest request) {
        LocalDate today = clock.today();
        if (request.revokedOn().isBefore(c.issuedOn)) {
            throw ApiException.unprocessable("A certificate cannot be revoked before it was issued.",
                    List.of(new Problem.FieldError("revokedOn", "must be on or after the issue date " + c.issuedOn)));
        }
        CertificateState onThatDay = states.on(c, request.revokedOn());
        CertificateState now = states.on(c, today);
        if (!onThatDay.inForce() || !now.inForce()) {
            CertificateState blocking = onThatDay.inForce() ? now : onThatDay;
            throw new ApiException(ProblemType.INVALID_TRANSITION, "Only a certificate in force can be revoked; " + c.number + " is "
                    + blocking + (blocking == CertificateState.EXPIRED ? " (last valid day " + c.validUntil + ")" : "") + ".",
                    null, Map.of("state", blocking.name()));
        }
        c.revokedOn = request.revokedOn();
        c.revocationReasonCode = request.reasonCode();
        c.revocationReason = VietnameseText.nfc(request.reason());
        c.revocationDecision = VietnameseText.nfc(request.decisionNumber());
        c.revokedBy = actor.get().subject();
        c.storedState = CertificateState.REVOKED;
        c.stateChangedOn = today;
        c.flush();
        return c;
    }
}
