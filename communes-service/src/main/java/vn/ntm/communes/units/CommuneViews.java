package vn.ntm.communes.units;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The unit view of {@code GET /api/v1/communes/{code}}. Views are cached by (code, date): a hit answers without touching
 * the database (the resource serves hits on the I/O thread); a miss is built on a worker thread. Imports and
 * recognition writes drop the cache after commit ({@link UnitCaches}); it also expires after a short time.
 *
 * <p>Each view remembers when it started loading, so that the answer can tell shared caches (the gateway) how long
 * they may keep it: what is left of its life here ({@link #secondsLeft}). A view is then never shown, by this service or
 * a cache in front of it, later than its life after it was read from the database.
 */
@ApplicationScoped
public class CommuneViews {

    public static final String CACHE = "communes-commune-views";

    /** Cache key: the code and the date it is read on. */
    public record Key(String code, LocalDate asOf) {
    }

    /** A view and the {@link System#nanoTime()} at which its loading started (before the database was read). */
    public record Loaded(CommuneView view, long loadedAtNanos) {
    }

    private final CommuneLookup lookup;
    private final UnitRepository units;
    private final UnitLevels levels;
    private final Regions regions;
    private final Cache cache;
    private final long lifeNanos;
    private final vn.ntm.communes.groups.CommuneGroupService groups;

    CommuneViews(CommuneLookup lookup, UnitRepository units, UnitLevels levels, Regions regions, vn.ntm.communes.groups.CommuneGroupService groups,
            @CacheName(CACHE) Cache cache,
            @ConfigProperty(name = "quarkus.cache.caffeine.\"" + CACHE + "\".expire-after-write", defaultValue = "30S") Duration life) {
        this.lookup = lookup;
        this.units = units;
        this.levels = levels;
        this.regions = regions;
        this.groups = groups;
        this.cache = cache;
        this.lifeNanos = life.toNanos();
    }

    /**
     * Whole seconds the view has left in this cache (0 when its life is over): the {@code max-age} a shared cache in
     * front of this service may keep the answer for, so that the two together stay within the view's life.
     */
    public long secondsLeft(Loaded loaded) {
        long left = lifeNanos - (System.nanoTime() - loaded.loadedAtNanos());
        return Math.max(0, left / 1_000_000_000L);
    }

    /** The cached view, or {@code null} without blocking. */
    public Loaded cached(Key key) {
        CompletableFuture<Loaded> future = cache.as(CaffeineCache.class).getIfPresent(key);
        if (future != null && future.isDone() && !future.isCompletedExceptionally()) {
            return future.join();
        }
        return null;
    }

    /** The view, built if needed (blocking: call from a worker thread). */
    public Loaded view(Key key) {
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

    private Loaded build(Key key) {
        long started = System.nanoTime();
        UnitRef unit = lookup.require(key.code(), key.asOf());
        boolean active = unit.existsOn(key.asOf());
        LocalDate levelDate = active ? key.asOf() : (unit.validTo() != null && key.asOf().isAfter(unit.validTo()) ? unit.validTo() : key.asOf());
        String[] district = units.district(unit.id());
        return new Loaded(new CommuneView(unit.code(), unit.name(), unit.type(), unit.provinceCode(), unit.provinceName(), unit.region(),
                regions.name(unit.region()), district[0], district[1], unit.validFrom(), unit.validTo(),
                active ? CommuneView.ACTIVE : CommuneView.ENDED, key.asOf(),
                linked(units.predecessors(unit.id())), linked(units.successors(unit.id())), levels.of(unit, levelDate),
                groups.inForce(unit.id(), levelDate).orElse(null)), started);
    }

    private static List<CommuneView.LinkedUnit> linked(List<UnitRepository.Linked> links) {
        return links.stream().map(l -> new CommuneView.LinkedUnit(l.unit().code(), l.unit().name(), l.unit().type(),
                l.unit().provinceCode(), l.unit().provinceName(), l.unit().validFrom(), l.unit().validTo(), l.kind(),
                l.effectiveDate())).toList();
    }
}
