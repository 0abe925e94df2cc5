package vn.ntm.communes.units;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;

/**
 * Drops every in-memory read of units once a change has committed (an import, a recognition written). Dropping after the
 * commit, not before, keeps a concurrent read from caching the old state again.
 */
@ApplicationScoped
public class UnitCaches {

    /** Fired by any feature whose writes change what unit reads show (a recognition changes the current level). */
    public record Changed(String cause) {
    }

    /** Caches of unit reads, dropped together. */
    public static final List<String> NAMES = List.of(JdbcUnitDirectory.CACHE, "communes-commune-views", "communes-province-views");

    private final CacheManager caches;

    UnitCaches(CacheManager caches) {
        this.caches = caches;
    }

    void afterImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) UnitsChanged event) {
        invalidateAll();
    }

    void afterWrite(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed event) {
        invalidateAll();
    }

    public void invalidateAll() {
        for (String name : NAMES) {
            caches.getCache(name).map(Cache::invalidateAll).ifPresent(u -> u.await().indefinitely());
        }
    }
}
