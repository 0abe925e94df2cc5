package vn.ntm.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Keeps the idempotency keys of a service in its {@code idempotency_key} table (see the service's migration). Each call
 * runs on its own autocommit connection, outside the request's transaction, so a claim is visible to a concurrent retry
 * at once and survives a rolled-back write.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** Idempotency settings. */
    @ConfigMapping(prefix = "ntm.idempotency")
    public interface IdempotencyConfig {
        /** How long a kept answer is replayed. The IETF draft suggests at least 24 hours. */
        @WithDefault("P1D")
        Duration retention();
    }

    enum Kind { CLAIMED, REPLAY, MISMATCH, IN_PROGRESS }

    record Outcome(Kind kind, int status, String contentType, String body) {
        static Outcome of(Kind kind) {
            return new Outcome(kind, 0, null, null);
        }
    }

    @Inject
    Instance<DataSource> dataSource;

    @Inject
    IdempotencyConfig config;

    boolean available() {
        return dataSource.isResolvable();
    }

    Outcome claim(String key, String fingerprint) {
        try (Connection c = dataSource.get().getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO idempotency_key (key, fingerprint) VALUES (?, ?) ON CONFLICT (key) DO NOTHING")) {
                insert.setString(1, key);
                insert.setString(2, fingerprint);
                if (insert.executeUpdate() == 1) {
                    return Outcome.of(Kind.CLAIMED);
                }
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT fingerprint, status, content_type, body FROM idempotency_key WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return claim(key, fingerprint); // released between our insert and select: try again
                    }
                    if (!rs.getString(1).equals(fingerprint)) {
                        return Outcome.of(Kind.MISMATCH);
                    }
                    int status = rs.getInt(2);
                    if (rs.wasNull()) {
                        return Outcome.of(Kind.IN_PROGRESS);
                    }
                    return new Outcome(Kind.REPLAY, status, rs.getString(3), rs.getString(4));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the idempotency keys", e);
        }
    }

    void complete(String key, int status, String contentType, String body) {
        update("UPDATE idempotency_key SET status = ?, content_type = ?, body = ?, completed_at = now() WHERE key = ?",
                ps -> {
                    ps.setInt(1, status);
                    ps.setString(2, contentType);
                    ps.setString(3, body);
                    ps.setString(4, key);
                });
    }

    void release(String key) {
        update("DELETE FROM idempotency_key WHERE key = ?", ps -> ps.setString(1, key));
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        if (!available()) {
            return;
        }
        update("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => ?)",
                ps -> ps.setLong(1, config.retention().toSeconds()));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.get().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the idempotency keys", e);
        }
    }
}
