package vn.ntm.ocop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;

/** Read access to the product classification. */
@ApplicationScoped
public class Catalog {

    public Optional<ProductSubgroup> subgroup(String code) {
        return code == null ? Optional.empty() : ProductSubgroup.findByIdOptional(code);
    }

    public PageResponse<ProductGroupView> groups(PageQuery page) {
        List<ProductGroupEntry> groups = ProductGroupEntry.<ProductGroupEntry>findAll(
                io.quarkus.panache.common.Sort.by("ordinal")).page(page.page(), page.size()).list();
        Map<ProductGroup, List<ProductSubgroup>> subgroups = ProductSubgroup.<ProductSubgroup>list("order by ordinal")
                .stream().collect(Collectors.groupingBy(s -> s.group));
        List<ProductGroupView> items = groups.stream().map(g -> new ProductGroupView(g.code, g.nameVi, g.nameEn, g.legalSource,
                subgroups.getOrDefault(g.code, List.of()).stream()
                        .map(s -> new ProductGroupView.Subgroup(s.code, s.categoryVi, s.nameVi, s.nameEn, s.ministryVi,
                                s.legalSource, s.confidence))
                        .toList())).toList();
        return PageResponse.of(items, page, ProductGroupEntry.count());
    }
}
