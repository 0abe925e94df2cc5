package vn.ntm.communes.units;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;

/** Province reads for the HTTP resources and for the other features (progress, targets). */
@ApplicationScoped
public class ProvinceViews {

    public static final String CACHE = "communes-province-views";

    private final ProvinceRepository provinces;
    private final Today today;

    ProvinceViews(ProvinceRepository provinces, Today today) {
        this.provinces = provinces;
        this.today = today;
    }

    /** The province carrying the code on {@code asOf}, or the last one that carried it before; 404 otherwise. */
    public ProvinceRef require(String code, LocalDate asOf) {
        LocalDate date = today.orToday(asOf);
        return provinces.byCode(code, date).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                "No province carried code " + code + " on or before " + date + "."));
    }

    public List<ProvinceRef> successors(ProvinceRef province) {
        return provinces.successors(province.id());
    }

    public PageResponse<ProvinceRef> list(LocalDate asOf, PageQuery page) {
        LocalDate date = today.orToday(asOf);
        return PageResponse.of(provinces.onDate(date, page.size(), page.offset()), page, provinces.countOnDate(date));
    }

    @CacheResult(cacheName = CACHE)
    public ProvinceView view(String code, LocalDate asOf) {
        ProvinceRef p = require(code, asOf);
        boolean active = p.existsOn(asOf);
        LocalDate unitsDate = p.unitsDate(asOf);
        List<ProvinceRef> predecessors = provinces.predecessors(p.id());
        List<String> regions = p.region() != null ? List.of(p.region())
                : predecessors.stream().map(ProvinceRef::region).filter(Objects::nonNull).distinct().sorted().toList();
        Map<UnitType, Long> units = provinces.unitCounts(p.id(), unitsDate);
        return new ProvinceView(p.code(), p.name(), p.region(), p.regionName(), regions, p.validFrom(), p.validTo(),
                active ? CommuneView.ACTIVE : CommuneView.ENDED, asOf, unitsDate, units, predecessors, provinces.successors(p.id()));
    }
}
