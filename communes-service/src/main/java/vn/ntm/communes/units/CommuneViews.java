package vn.ntm.communes.units;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The unit view of {@code GET /api/v1/communes/{code}}. Views are cached by (code, date): a hit answers without touching
 * the database (the resource serves hits on the I/O thread); a miss is built on a worker thread. Imports and
 * recognition writes drop the cache after commit ({@link UnitCaches}); it also expires after a short time.
 */
@ApplicationScoped
public class CommuneViews {

    public static final String CACHE = "communes-commune-views";

    /** Cache key: the code and the date it is read on. */
    public record Key(String code, LocalDate asOf) {
    }

    private final CommuneLookup lookup;
    private final UnitRepository units;
    private final UnitLevels levels;
    private final Regions regions;
    private final Cache cache;

    CommuneViews(CommuneLookup lookup, UnitRepository units, UnitLevels levels, Regions regions, @CacheName(CACHE) Cache cache) {
        this.lookup = lookup;
        this.units = units;
        this.levels = levels;
        this.regions = regions;
        this.cache = cache;
    }

    /** The cached view, or {@code null} without blocking. */
    public CommuneView cached(Key key) {
        CompletableFuture<CommuneView> future = cache.as(CaffeineCache.class).getIfPresent(key);
        if (future != null && future.isDone() && !future.isCompletedExceptionally()) {
            return future.join();
        }
        return null;
    }

    /** The view, built if needed (blocking: call from a worker thread). */
    public CommuneView view(Key key) {
        try {
            return cache.get(key, this::build).await().indefinitely();
        } catch (RuntimeException e) {
            // a refusal (404) thrown while building must reach the caller as itself, whatever the cache wrapped it in
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof vn.ntm.common.problem.ApiException api) {
                    throw api;
                }
            }
            throw e;
        }
    }

    private CommuneView build(Key key) {
        UnitRef unit = lookup.require(key.code(), key.asOf());
        boolean active = unit.existsOn(key.asOf());
        LocalDate levelDate = active ? key.asOf() : (unit.validTo() != null && key.asOf().isAfter(unit.validTo()) ? unit.validTo() : key.asOf());
        String[] district = units.district(unit.id());
        return new CommuneView(unit.code(), unit.name(), unit.type(), unit.provinceCode(), unit.provinceName(), unit.region(),
                regions.name(unit.region()), district[0], district[1], unit.validFrom(), unit.validTo(),
                active ? CommuneView.ACTIVE : CommuneView.ENDED, key.asOf(),
                linked(units.predecessors(unit.id())), linked(units.successors(unit.id())), levels.of(unit, levelDate));
    }

    private static List<CommuneView.LinkedUnit> linked(List<UnitRepository.Linked> links) {
        return links.stream().map(l -> new CommuneView.LinkedUnit(l.unit().code(), l.unit().name(), l.unit().type(),
                l.unit().provinceCode(), l.unit().provinceName(), l.unit().validFrom(), l.unit().validTo(), l.kind(),
                l.effectiveDate())).toList();
    }
}
