package vn.ntm.ocop.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The six OCOP product groups of Decision 148/QĐ-TTg, Article 1(1)(a). Their names and sub-groups are data
 * (table {@code ocop_product_group}, {@code ocop_product_subgroup}).
 */
@Schema(name = "OcopProductGroupCode")
public enum ProductGroup {
    FOOD,
    BEVERAGES,
    MEDICINAL_HERBS,
    HANDICRAFTS,
    ORNAMENTAL_PLANTS_ANIMALS,
    COMMUNITY_ECO_TOURISM
}
