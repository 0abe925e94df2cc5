package vn.ntm.common.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import vn.ntm.common.idempotency.IdempotencyStore.Kind;
import vn.ntm.common.idempotency.IdempotencyStore.Outcome;
import vn.ntm.common.testing.EmbeddedPostgresResource;

/** The reservation rules of {@link IdempotencyStore} on a real PostgreSQL; leases are expired by SQL, never by waiting. */
class IdempotencyLeaseTest {

    private static DataSource database;
    private IdempotencyStore store;

    @BeforeAll
    static void schema() throws SQLException {
        EmbeddedPostgres pg = EmbeddedPostgresResource.server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS idempotency_lease_test");
            st.execute("CREATE DATABASE idempotency_lease_test");
        }
        database = pg.getDatabase("postgres", "idempotency_lease_test");
        try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
            // the services' V3__idempotency.sql and their *__idempotency_lease.sql
            st.execute("""
                    CREATE TABLE idempotency_key (key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, status INTEGER,
                        content_type TEXT, body TEXT, created_at TIMESTAMPTZ NOT NULL DEFAULT now(), completed_at TIMESTAMPTZ)""");
            st.execute("ALTER TABLE idempotency_key ADD COLUMN holder TEXT");
            st.execute("ALTER TABLE idempotency_key ADD COLUMN lease_until TIMESTAMPTZ");
        }
    }

    @BeforeEach
    void freshStore() throws SQLException {
        try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
            st.execute("TRUNCATE idempotency_key");
        }
        store = storeOn(database);
    }

    @Test
    void aSecondRequestWhileTheFirstRunsIsToldToRetrySoon() {
        assertThat(store.claim("k", "fp").kind()).isEqualTo(Kind.CLAIMED);
        Outcome second = store.claim("k", "fp");
        assertThat(second.kind()).isEqualTo(Kind.IN_PROGRESS);
        assertThat(second.retryAfter()).isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(store.claim("k", "other").kind()).isEqualTo(Kind.MISMATCH);
    }

    @Test
    void anExpiredReservationIsTakenOverAndItsFormerHolderCannotOverwrite() throws SQLException {
        Outcome first = store.claim("k", "fp");
        expireLeases();
        Outcome second = store.claim("k", "fp");
        assertThat(second.kind()).isEqualTo(Kind.CLAIMED);
        assertThat(second.holder()).isNotEqualTo(first.holder());

        store.complete("k", first.holder(), 500, null, "late");      // the holder that died comes back: ignored
        store.release("k", first.holder());
        assertThat(store.claim("k", "fp").kind()).isEqualTo(Kind.IN_PROGRESS);

        store.complete("k", second.holder(), 201, "application/json", "{\"id\":2}");
        Outcome replay = store.claim("k", "fp");
        assertThat(replay.kind()).isEqualTo(Kind.REPLAY);
        assertThat(replay.body()).isEqualTo("{\"id\":2}");
    }

    @Test
    void aReleasedKeyRunsAgainAtOnce() {
        Outcome first = store.claim("k", "fp");
        store.release("k", first.holder()); // what the filter does after a 5xx
        assertThat(store.claim("k", "fp").kind()).isEqualTo(Kind.CLAIMED);
    }

    @Test
    void aCompletedKeyReplaysItsFirstAnswer() throws SQLException {
        Outcome first = store.claim("k", "fp");
        store.complete("k", first.holder(), 201, "application/json", "{\"id\":1}");
        expireLeases(); // a completed answer has no lease to lose
        Outcome replay = store.claim("k", "fp");
        assertThat(replay.kind()).isEqualTo(Kind.REPLAY);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.contentType()).isEqualTo("application/json");
        assertThat(replay.body()).isEqualTo("{\"id\":1}");
    }

    @Test
    void theHeartbeatKeepsALongRequestsKey() throws SQLException {
        store.claim("k", "fp");
        expireLeases();
        store.renewLeases(); // the holder is still running on this instance
        assertThat(store.claim("k", "fp").kind()).isEqualTo(Kind.IN_PROGRESS);
    }

    @Test
    void aReservationOfTheOldCodeWithoutLeaseIsFree() throws SQLException {
        try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO idempotency_key (key, fingerprint) VALUES ('k', 'fp')");
        }
        assertThat(store.claim("k", "fp").kind()).isEqualTo(Kind.CLAIMED);
    }

    @Test
    void releasingWhileTheDatabaseIsDownDoesNotFail() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none");
        nowhere.setConnectTimeout(1);
        IdempotencyStore down = storeOn(nowhere);
        assertThatCode(() -> down.release("k", "holder")).doesNotThrowAnyException();
        assertThatCode(down::renewLeases).doesNotThrowAnyException();
    }

    private static void expireLeases() throws SQLException {
        try (Connection c = database.getConnection(); Statement st = c.createStatement()) {
            st.execute("UPDATE idempotency_key SET lease_until = now() - interval '1 second' WHERE lease_until IS NOT NULL");
        }
    }

    private static IdempotencyStore storeOn(DataSource target) {
        IdempotencyStore store = new IdempotencyStore() {
            @Override
            boolean available() {
                return true;
            }

            @Override
            DataSource dataSource() {
                return target;
            }
        };
        store.settings = new IdempotencySettings() {
            public Duration retention() {
                return Duration.ofDays(1);
            }

            public Duration lease() {
                return Duration.ofSeconds(5);
            }

            public Duration heartbeat() {
                return Duration.ofSeconds(1);
            }

            public Duration maxHold() {
                return Duration.ofMinutes(1);
            }
        };
        return store;
    }
}
