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

    /** What the deciding council recorded. */
    public record Decision(UUID evaluationId, CouncilLevel councilLevel, int stars, String decisionNumber, LocalDate decisionDate,
                           String issuingBody) {
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
        certificate.validUntil = ValidityPeriod.lastDay(issuedOn, config.certificates().validityMonths());
        certificate.kind = Certificate.count("product.id", product.id) > 0 ? IssueKind.RE_EVALUATION : IssueKind.NEW;
        certificate.provinceCode = product.provinceCode;
        certificate.communeCode = product.communeCode;
        certificate.communeName = product.communeName;
        certificate.storedState = states.on(certificate, today);
        certificate.stateChangedOn = today;
        certificate.createdAt = Instant.now();
        certificate.persist();

        if (current != null && current.revokedOn == null && current.supersededOn == null && !current.validUntil.isBefore(issuedOn)) {
            current.supersededOn = issuedOn;
            current.supersededBy = certificate;
            current.storedState = CertificateState.SUPERSEDED;
            current.stateChangedOn = today;
        }
        product.currentCertificate = certificate;
        product.updatedAt = Instant.now();
        return certificate;
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
