package vn.ntm.ocop.catalog;

/**
 * The six OCOP product groups of Decision 148/QĐ-TTg, Article 1(1)(a). Their names and sub-groups are data
 * (table {@code ocop_product_group}, {@code ocop_product_subgroup}).
 */
public enum ProductGroup {
    FOOD,
    BEVERAGES,
    MEDICINAL_HERBS,
    HANDICRAFTS,
    ORNAMENTAL_PLANTS_ANIMALS,
    COMMUNITY_ECO_TOURISM
}
