package vn.ntm.ocop.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ntm.common.problem.ApiException;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.rules.CouncilLevel;
import vn.ntm.ocop.support.OcopClock;
import vn.ntm.ocop.support.OcopConfig;

/**
 * Issues a certificate for a certified result and supersedes the product's certificate in force. Runs inside the
 * decision's transaction, with the product row locked, so a product never has two certificates in force.
 */
@ApplicationScoped
public class CertificateIssuer {

    @Inject
    EntityManager em;

    @Inject
    OcopConfig config;

    @Inject
    OcopClock clock;

    @Inject
    CertificateStates states;

    /**
     * What the deciding council recorded.
     *
     * @param renews the certificate the evaluation's renewal dossier renews, {@code null} otherwise
     */
    public record Decision(UUID evaluationId, CouncilLevel councilLevel, int stars, String decisionNumber, LocalDate decisionDate,
                           String issuingBody, Certificate renews) {

        public Decision(UUID evaluationId, CouncilLevel councilLevel, int stars, String decisionNumber, LocalDate decisionDate,
                String issuingBody) {
            this(evaluationId, councilLevel, stars, decisionNumber, decisionDate, issuingBody, null);
        }
    }

    public Certificate issue(Product product, Decision decision) {
        LocalDate issuedOn = decision.decisionDate();
        Certificate current = product.currentCertificate;
        if (current != null && current.issuedOn.isAfter(issuedOn)) {
            throw ApiException.conflict("The product's certificate " + current.number + " was issued on " + current.issuedOn
                    + ", after this decision's date (" + issuedOn + "); a decision cannot replace a later certificate.");
        }
        LocalDate today = clock.today();
        Certificate certificate = new Certificate();
        certificate.number = nextNumber(product.provinceCode, issuedOn.getYear());
        certificate.product = product;
        certificate.evaluationId = decision.evaluationId();
        certificate.stars = decision.stars();
        certificate.councilLevel = decision.councilLevel();
        certificate.issuingBody = decision.issuingBody();
        certificate.decisionNumber = decision.decisionNumber();
        certificate.issuedOn = issuedOn;
        Certificate renews = renewable(decision.renews(), current);
        // decided before the renewed certificate ends, a renewal follows on the day after its last day, so the product is
        // never without a certificate and never holds two; decided later, it starts on the decision and the gap shows
        boolean followsOn = renews != null && !issuedOn.isAfter(renews.validUntil);
        LocalDate start = followsOn ? renews.validUntil.plusDays(1) : issuedOn;
        certificate.validFrom = followsOn ? start : null;
        // Civil Code Art. 147: a period counts from the day after its event, so the event of a follow-on is the old last day
        certificate.validUntil = ValidityPeriod.lastDay(followsOn ? renews.validUntil : issuedOn, config.certificates().validityMonths());
        certificate.renews = renews;
        certificate.kind = renews != null ? IssueKind.RENEWAL
                : Certificate.count("product.id", product.id) > 0 ? IssueKind.RE_EVALUATION : IssueKind.NEW;
        certificate.provinceCode = product.provinceCode;
        certificate.communeCode = product.communeCode;
        certificate.communeName = product.communeName;
        certificate.storedState = states.on(certificate, today);
        certificate.stateChangedOn = today;
        certificate.createdAt = Instant.now();
        certificate.persist();

        if (followsOn && current != null && !current.id.equals(renews.id) && current.revokedOn == null && current.supersededOn == null) {
            // a renewal not yet in force replaced by a later council's renewal (e.g. the central round): it never takes effect
            current.supersededOn = issuedOn;
            current.supersededBy = certificate;
            current.storedState = CertificateState.SUPERSEDED;
            current.stateChangedOn = today;
        }
        if (followsOn) {
            renews.supersededOn = start;
            renews.supersededBy = certificate;
            renews.storedState = states.on(renews, today);
            renews.stateChangedOn = today;
        } else if (current != null && current.revokedOn == null && current.supersededOn == null && !current.validUntil.isBefore(issuedOn)) {
            current.supersededOn = issuedOn;
            current.supersededBy = certificate;
            current.storedState = CertificateState.SUPERSEDED;
            current.stateChangedOn = today;
        }
        product.currentCertificate = certificate;
        product.updatedAt = Instant.now();
        return certificate;
    }

    /**
     * The certificate a renewal renews, when it still can be: not revoked, and not yet replaced except by a renewal of
     * it that has not taken effect (the province's renewal before the central council's). Otherwise the decision is an
     * ordinary re-evaluation.
     */
    private static Certificate renewable(Certificate renews, Certificate current) {
        if (renews == null || renews.revokedOn != null) {
            return null;
        }
        if (renews.supersededBy == null) {
            return current != null && current.id.equals(renews.id) ? renews : null;
        }
        return current != null && renews.supersededBy.id.equals(current.id) && current.renews != null
                && current.renews.id.equals(renews.id) ? renews : null;
    }

    /** OCOP-{province}-{year}-{000123}: one gap-free sequence per province and year, taken under the row lock of the upsert. */
    String nextNumber(String provinceCode, int year) {
        Number value = (Number) em.createNativeQuery("INSERT INTO ocop_certificate_sequence (province_code, issue_year, last_value) "
                        + "VALUES (?1, ?2, 1) ON CONFLICT (province_code, issue_year) "
                        + "DO UPDATE SET last_value = ocop_certificate_sequence.last_value + 1 RETURNING last_value")
                .setParameter(1, provinceCode).setParameter(2, (short) year).getSingleResult();
        return String.format("OCOP-%s-%d-%06d", provinceCode, year, value.intValue());
    }
}
