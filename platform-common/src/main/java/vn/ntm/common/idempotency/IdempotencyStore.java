package vn.ntm.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Keeps the idempotency keys of a service in its {@code idempotency_key} table (see the service's migrations). Each call
 * runs on its own autocommit connection, outside the request's transaction, so a claim is visible to a concurrent retry
 * at once and survives a rolled-back write.
 *
 * <p>A claim is a reservation with a lease ({@code lease_until}) and a holder token. The instance that holds it renews
 * the lease while the request runs ({@link #renewLeases()}), so a long request keeps its key; a reservation whose
 * holder died (crash, lost database, killed thread) is taken over by the next claim once the lease has passed. Only
 * the holder may complete or release its reservation, so a request that lost its lease cannot overwrite the answer of
 * the one that took over.
 */
@ApplicationScoped
public class IdempotencyStore {

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    enum Kind { CLAIMED, REPLAY, MISMATCH, IN_PROGRESS }

    /** The outcome of a claim; {@code holder} names a CLAIMED reservation, {@code retryAfter} an IN_PROGRESS one. */
    record Outcome(Kind kind, int status, String contentType, String body, String holder, Duration retryAfter) {
        static Outcome of(Kind kind) {
            return new Outcome(kind, 0, null, null, null, null);
        }
    }

    @Inject
    Instance<DataSource> dataSource;

    @Inject
    IdempotencySettings settings;

    private record Held(String holder, long since) {
    }

    /** Reservations held by requests running on this instance, by key; renewed by the heartbeat. */
    private final Map<String, Held> held = new ConcurrentHashMap<>();

    boolean available() {
        return dataSource.isResolvable();
    }

    DataSource dataSource() {
        return dataSource.get();
    }

    Outcome claim(String key, String fingerprint) {
        String holder = UUID.randomUUID().toString();
        try (Connection c = dataSource().getConnection()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                // a new key, or a reservation whose lease has run out (its holder is gone): ours now, in one statement
                try (PreparedStatement insert = c.prepareStatement("""
                        INSERT INTO idempotency_key (key, fingerprint, holder, lease_until)
                        VALUES (?, ?, ?, now() + make_interval(secs => ?))
                        ON CONFLICT (key) DO UPDATE
                           SET fingerprint = EXCLUDED.fingerprint, holder = EXCLUDED.holder,
                               lease_until = EXCLUDED.lease_until, created_at = now()
                         WHERE idempotency_key.status IS NULL
                           AND (idempotency_key.lease_until IS NULL OR idempotency_key.lease_until < now())""")) {
                    insert.setString(1, key);
                    insert.setString(2, fingerprint);
                    insert.setString(3, holder);
                    insert.setDouble(4, seconds(settings.lease()));
                    if (insert.executeUpdate() == 1) {
                        held.put(key, new Held(holder, System.nanoTime()));
                        return new Outcome(Kind.CLAIMED, 0, null, null, holder, null);
                    }
                }
                try (PreparedStatement select = c.prepareStatement("""
                        SELECT fingerprint, status, content_type, body,
                               GREATEST(EXTRACT(EPOCH FROM lease_until - now()), 0)
                          FROM idempotency_key WHERE key = ?""")) {
                    select.setString(1, key);
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            continue; // released between our insert and select: try again
                        }
                        int status = rs.getInt(2);
                        if (!rs.wasNull()) {
                            return rs.getString(1).equals(fingerprint)
                                    ? new Outcome(Kind.REPLAY, status, rs.getString(3), rs.getString(4), null, null)
                                    : Outcome.of(Kind.MISMATCH);
                        }
                        if (!rs.getString(1).equals(fingerprint)) {
                            return Outcome.of(Kind.MISMATCH);
                        }
                        // the holder may finish any moment: ask for a retry after one heartbeat, or when the lease ends
                        long left = (long) Math.ceil(rs.getDouble(5) * 1000);
                        return new Outcome(Kind.IN_PROGRESS, 0, null, null, null,
                                Duration.ofMillis(Math.min(left, settings.heartbeat().toMillis())));
                    }
                }
            }
            return new Outcome(Kind.IN_PROGRESS, 0, null, null, null, settings.heartbeat());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the idempotency keys", e);
        }
    }

    /** Keeps the first answer of a reservation this request holds. */
    void complete(String key, String holder, int status, String contentType, String body) {
        held.computeIfPresent(key, (k, h) -> h.holder().equals(holder) ? null : h);
        update("""
                UPDATE idempotency_key SET status = ?, content_type = ?, body = ?, completed_at = now(), lease_until = NULL
                 WHERE key = ? AND holder = ? AND status IS NULL""",
                ps -> {
                    ps.setInt(1, status);
                    ps.setString(2, contentType);
                    ps.setString(3, body);
                    ps.setString(4, key);
                    ps.setString(5, holder);
                });
    }

    /**
     * Frees a reservation this request holds, so a retry with the same key runs at once. Never fails: when the
     * database is down it cannot be freed now, and the lease frees it shortly (its heartbeat has already stopped).
     */
    void release(String key, String holder) {
        held.computeIfPresent(key, (k, h) -> h.holder().equals(holder) ? null : h);
        try {
            update("DELETE FROM idempotency_key WHERE key = ? AND holder = ? AND status IS NULL", ps -> {
                ps.setString(1, key);
                ps.setString(2, holder);
            });
        } catch (RuntimeException e) {
            LOG.warnf("Could not release Idempotency-Key %s (%s); its lease of %s frees it", key, e.getMessage(), settings.lease());
        }
    }

    /** The heartbeat: extends the lease of every reservation whose request still runs on this instance. */
    // Each instance renews the leases of the requests it holds itself: per instance, never one-per-cluster (see AuditSpool).
    @Scheduled(every = "${ntm.idempotency.heartbeat:PT1S}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            executeWith = Scheduled.SIMPLE)
    void renewLeases() {
        long oldest = System.nanoTime() - settings.maxHold().toNanos();
        held.values().removeIf(h -> h.since() - oldest < 0);
        if (held.isEmpty() || !available()) {
            return;
        }
        try {
            update("UPDATE idempotency_key SET lease_until = now() + make_interval(secs => ?) WHERE holder = ANY (?) AND status IS NULL",
                    ps -> {
                        ps.setDouble(1, seconds(settings.lease()));
                        ps.setArray(2, ps.getConnection().createArrayOf("text", held.values().stream().map(Held::holder).toArray()));
                    });
        } catch (RuntimeException e) {
            // the database is away: nothing to renew into; requests holding keys fail and release them
            LOG.debugf("Could not renew idempotency leases: %s", e.getMessage());
        }
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        if (!available()) {
            return;
        }
        update("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => ?)",
                ps -> ps.setLong(1, settings.retention().toSeconds()));
    }

    Duration heartbeat() {
        return settings.heartbeat();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the idempotency keys", e);
        }
    }
}
