package vn.ntm.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The shared embedded PostgreSQL, reached through a {@link TcpProxy} the fault test cuts and restores. */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    /** The proxy of the running test application; tests cut and restore it. */
    public static TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        EmbeddedPostgres pg = EmbeddedPostgresResource.server();
        try {
            proxy = new TcpProxy(pg.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String direct = pg.getJdbcUrl("postgres", "ntm_test");
        return Map.of(
                "quarkus.datasource.jdbc.url", direct.replace("localhost:" + pg.getPort() + "/", "127.0.0.1:" + proxy.port() + "/"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        try {
            if (proxy != null) {
                proxy.close();
            }
        } catch (IOException e) {
            // the JVM ends
        }
    }
}
