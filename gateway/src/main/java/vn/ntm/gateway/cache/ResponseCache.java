package vn.ntm.gateway.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import vn.ntm.gateway.GatewayConfig;

/**
 * The gateway's shared HTTP cache (RFC 9111) of public GET answers, keyed by path and query.
 *
 * <p>Entries are grouped by path, so that an unsafe request invalidates every query of its path in one step
 * (RFC 9111 §4.4). The groups live in one Caffeine cache bounded by weight: an entry weighs its bytes, but at least
 * {@code max-bytes / max-entries}, so that neither the bytes held nor the number of entries can pass its bound. A group
 * expires when its last entry stops being fresh; a stale entry is never served.
 *
 * <p>A fetch that started before an invalidation of its path must not store the answer it got (it may predate the
 * write): each path hashes to one of {@link #STRIPES} invalidation counters; a fetch remembers its counter when it
 * starts and stores only if the counter has not moved. A collision only costs a missed store.
 */
@ApplicationScoped
public class ResponseCache {

    static final int STRIPES = 1024;

    /** The stored answers of one path, by query ("" for none). Immutable: replaced as a whole. */
    record Variants(Map<String, StoredResponse> byQuery, long staleAt, int weight) {

        static final Variants EMPTY = new Variants(Map.of(), Long.MIN_VALUE, 0);

        Variants with(String query, StoredResponse stored, long now, long unit) {
            Map<String, StoredResponse> copy = new HashMap<>(byQuery.size() + 1);
            long latest = stored.staleAt();
            long weight = Math.max(unit, stored.bytes());
            for (Map.Entry<String, StoredResponse> e : byQuery.entrySet()) {
                StoredResponse other = e.getValue();
                if (!e.getKey().equals(query) && other.freshAt(now)) {
                    copy.put(e.getKey(), other);
                    latest = Math.max(latest, other.staleAt());
                    weight += Math.max(unit, other.bytes());
                }
            }
            copy.put(query, stored);
            return new Variants(Map.copyOf(copy), latest, (int) Math.min(Integer.MAX_VALUE, weight));
        }
    }

    private final boolean enabled;
    private final long maxEntryBytes;
    private final long unitWeight;
    private final GatewayClock clock;
    private final Cache<String, Variants> byPath;
    private final AtomicLongArray invalidations = new AtomicLongArray(STRIPES);

    ResponseCache(GatewayConfig config, GatewayClock clock) {
        GatewayConfig.Cache settings = config.cache();
        long maxBytes = settings.maxBytes().asLongValue();
        long maxEntries = settings.maxEntries();
        if (maxBytes <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("ntm.gateway.cache.max-bytes and max-entries must be positive");
        }
        this.enabled = settings.enabled();
        this.maxEntryBytes = Math.min(settings.maxEntrySize().asLongValue(), maxBytes);
        this.unitWeight = Math.max(1, (maxBytes + maxEntries - 1) / maxEntries);
        this.clock = clock;
        this.byPath = Caffeine.newBuilder()
                .ticker(clock::nanos)
                .maximumWeight(maxBytes)
                .weigher((String path, Variants v) -> v.weight())
                .expireAfter(new Expiry<String, Variants>() {
                    @Override
                    public long expireAfterCreate(String path, Variants v, long now) {
                        return Math.max(0, v.staleAt() - now);
                    }

                    @Override
                    public long expireAfterUpdate(String path, Variants v, long now, long current) {
                        return Math.max(0, v.staleAt() - now);
                    }

                    @Override
                    public long expireAfterRead(String path, Variants v, long now, long current) {
                        return current;
                    }
                })
                .build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** Largest body stored. */
    public long maxEntryBytes() {
        return maxEntryBytes;
    }

    public long now() {
        return clock.nanos();
    }

    /** The fresh stored answer for this path and query, or {@code null}. */
    public StoredResponse lookup(String path, String query, long now) {
        Variants variants = byPath.getIfPresent(path);
        if (variants == null) {
            return null;
        }
        StoredResponse stored = variants.byQuery().get(query == null ? "" : query);
        return stored != null && stored.freshAt(now) ? stored : null;
    }

    /** The invalidation counter of the path, read when a fetch starts and handed back to {@link #store}. */
    public long invalidationMark(String path) {
        return invalidations.get(stripe(path));
    }

    /** Stores the answer unless the path was invalidated since {@code mark} was read. */
    public void store(String path, String query, StoredResponse stored, long mark) {
        if (stored.body.length() > maxEntryBytes) {
            return;
        }
        int stripe = stripe(path);
        String key = query == null ? "" : query;
        byPath.asMap().compute(path, (p, old) -> {
            // inside compute: an invalidation either moved the counter before (not stored) or removes this after
            if (invalidations.get(stripe) != mark) {
                return old;
            }
            long now = clock.nanos();
            return (old == null ? Variants.EMPTY : old).with(key, stored, now, unitWeight);
        });
    }

    /** Drops every stored answer of the path, and keeps fetches already under way from storing theirs. */
    public void invalidate(String path) {
        invalidations.incrementAndGet(stripe(path));
        byPath.invalidate(path);
    }

    private static int stripe(String path) {
        int h = path.hashCode();
        return (h ^ (h >>> 16)) & (STRIPES - 1);
    }

    /** Entries held (after pending maintenance). For tests and diagnostics. */
    public long entries() {
        byPath.cleanUp();
        return byPath.asMap().values().stream().mapToLong(v -> v.byQuery().size()).sum();
    }

    /** Bytes held, as weighed (each entry counts at least max-bytes / max-entries). For tests and diagnostics. */
    public long weighedBytes() {
        byPath.cleanUp();
        return byPath.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    /** Drops everything. */
    public void clear() {
        for (int i = 0; i < STRIPES; i++) {
            invalidations.incrementAndGet(i);
        }
        byPath.invalidateAll();
    }
}
