package vn.ntm.ocop.product;

import java.util.UUID;
import vn.ntm.ocop.catalog.ProductGroup;

/** The filters of the product listing, all optional. */
public record ProductFilter(String province, String commune, ProductGroup group, String subgroup, UUID subject,
                            Integer stars, CertificateStatusFilter certificateState, String q) {
}
