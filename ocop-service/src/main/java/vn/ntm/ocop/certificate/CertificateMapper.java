package vn.ntm.ocop.certificate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Certificates to API records. */
final class CertificateMapper {

    private CertificateMapper() {
    }

    static CertificateVerification verification(Certificate c, CertificateState state, LocalDate today,
            vn.ntm.ocop.inspection.InspectionView.PublicStatus lastInspection) {
        boolean current = c.product.currentCertificate != null && c.product.currentCertificate.id.equals(c.id);
        return new CertificateVerification(c.number, state, c.stars, c.product.name, c.product.group, c.product.subject.name,
                c.communeCode, c.communeName, c.provinceCode, c.issuingBody, c.decisionNumber, c.issuedOn, c.firstValidDay(), c.validUntil, today,
                c.supersededBy == null ? null : c.supersededBy.number, state == CertificateState.REVOKED ? c.revokedOn : null,
                state == CertificateState.REVOKED ? c.revocationReasonCode : null,
                current && state.inForce() ? c.product.proposedForStars : null, lastInspection);
    }

    static CertificateView view(Certificate c, CertificateState state, LocalDate today) {
        CertificateView.Revocation revocation = c.revokedOn == null ? null : new CertificateView.Revocation(c.revokedOn,
                c.revocationReasonCode, c.revocationReason, c.revocationDecision, c.revokedBy);
        Long days = state.inForce() ? ChronoUnit.DAYS.between(today, c.validUntil) : null;
        return new CertificateView(c.number, state, c.storedState, c.stars, c.product.id, c.product.name, c.product.group,
                c.product.subject.id, c.product.subject.name, c.communeCode, c.communeName, c.provinceCode, c.councilLevel, c.evaluationId,
                c.kind, c.issuingBody, c.decisionNumber, c.issuedOn, c.firstValidDay(), c.validUntil,
                c.renews == null ? null : c.renews.number,
                c.renews == null ? null : ChronoUnit.DAYS.between(c.renews.validUntil, c.firstValidDay()) - 1, days,
                c.supersededBy == null ? null : c.supersededBy.number, c.supersededOn, revocation, c.version);
    }
}
