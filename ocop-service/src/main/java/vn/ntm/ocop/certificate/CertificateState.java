package vn.ntm.ocop.certificate;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * States of a certificate. EXPIRING: 30 days (configurable) or less before the last valid day, when the issuing
 * body must notify the subject in writing (QĐ 148/QĐ-TTg).
 */
@Schema(name = "OcopCertificateState")
public enum CertificateState {
    /** Issued on a renewal before the renewed certificate ended: in force from the day after that one's last day. */
    PENDING,
    ACTIVE,
    EXPIRING,
    EXPIRED,
    REVOKED,
    SUPERSEDED;

    /** The state on {@code today}, from the dates and the revocation / supersession facts. */
    public static CertificateState of(LocalDate revokedOn, LocalDate supersededOn, LocalDate validFrom, LocalDate validUntil, LocalDate today,
            int noticeDays) {
        if (revokedOn != null && !revokedOn.isAfter(today)) {
            return REVOKED;
        }
        if (supersededOn != null && !supersededOn.isAfter(today)) {
            return SUPERSEDED;
        }
        if (validFrom != null && validFrom.isAfter(today)) {
            return PENDING;
        }
        if (validUntil.isBefore(today)) {
            return EXPIRED;
        }
        if (!validUntil.isAfter(today.plusDays(noticeDays))) {
            return EXPIRING;
        }
        return ACTIVE;
    }

    public boolean inForce() {
        return this == ACTIVE || this == EXPIRING;
    }
}
