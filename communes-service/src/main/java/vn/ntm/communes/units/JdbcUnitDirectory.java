package vn.ntm.communes.units;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@link UnitDirectory} over the units tables. Units change a few times a year, so reads are kept in memory
 * ({@value #CACHE}); every import drops them (see {@link UnitCaches}) and they expire after a short time so that other
 * instances of the service catch up with an import made on one of them.
 */
@ApplicationScoped
public class JdbcUnitDirectory implements UnitDirectory {

    public static final String CACHE = "communes-units";

    private record ByCode(String code, LocalDate asOf) {
    }

    private record ById(long id) {
    }

    private record Successors(long id) {
    }

    private record Predecessors(long id) {
    }

    private final UnitRepository units;
    private final Cache cache;

    JdbcUnitDirectory(UnitRepository units, @CacheName(CACHE) Cache cache) {
        this.units = units;
        this.cache = cache;
    }

    @Override
    public Optional<UnitRef> communeByCode(String code, LocalDate asOf) {
        return cached(new ByCode(code, asOf), () -> units.byCode(code, asOf));
    }

    @Override
    public Optional<UnitRef> communeById(long id) {
        return cached(new ById(id), () -> units.byId(id));
    }

    @Override
    public List<UnitRef> successors(long unitId) {
        return cached(new Successors(unitId), () -> units.successors(unitId).stream().map(UnitRepository.Linked::unit).toList());
    }

    @Override
    public List<UnitRef> predecessors(long unitId) {
        return cached(new Predecessors(unitId), () -> units.predecessors(unitId).stream().map(UnitRepository.Linked::unit).toList());
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Object key, java.util.function.Supplier<T> load) {
        return (T) cache.get(key, k -> load.get()).await().indefinitely();
    }
}
