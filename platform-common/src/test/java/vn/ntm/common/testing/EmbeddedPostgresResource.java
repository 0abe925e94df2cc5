package vn.ntm.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import vn.ntm.common.devdb.PostgresBinaries;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Starts a real PostgreSQL 17 (zonky embedded binaries) once per test JVM and points the default datasource at it.
 * Quarkus restarts the application between test classes with different profiles; the database stays, and Flyway
 * finds it migrated. Use with {@code @QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)}.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATABASE = "ntm_test";
    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        EmbeddedPostgres pg = server();
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.getJdbcUrl("postgres", DATABASE),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    /** The server shared by every test of this JVM, started on first use. */
    public static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                // binaries extracted safely, shared by every test JVM of the machine (PostgresBinaries)
                postgres = PostgresBinaries.defaultLocation().builder().setServerConfig("max_connections", "200").start();
                try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + DATABASE);
                }
                try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection(); Statement st = c.createStatement()) {
                    st.execute("CREATE EXTENSION IF NOT EXISTS unaccent");
                    st.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not prepare the test database", e);
            }
        }
        return postgres;
    }

    @Override
    public void stop() {
        // Kept for the next test class of this JVM; zonky's shutdown hook stops it when the JVM exits.
    }
}
