package vn.ntm.ocop.product;

/** Certificate status of a product for listings: the state of its most recent certificate today, or NONE. */
public enum CertificateStatusFilter {
    ACTIVE,
    EXPIRING,
    EXPIRED,
    REVOKED,
    SUPERSEDED,
    /** Never certified. */
    NONE
}
