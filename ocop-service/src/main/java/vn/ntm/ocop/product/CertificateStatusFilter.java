package vn.ntm.ocop.product;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Certificate status of a product for listings: the state of its most recent certificate today, or NONE. */
@Schema(name = "OcopCertificateStatusFilter")
public enum CertificateStatusFilter {
    ACTIVE,
    EXPIRING,
    EXPIRED,
    REVOKED,
    SUPERSEDED,
    /** Never certified. */
    NONE
}
