package vn.ntm.common.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The local PostgreSQL of {@code ./ntm start}: a real PostgreSQL 17 from the zonky binaries, keeping its data
 * directory across restarts, with one database per service. Runs until it is sent SIGTERM (Ctrl-C, {@code ./ntm stop}),
 * then stops the server cleanly.
 *
 * <pre>
 *   serve  --data-dir DIR --port N --databases a,b,c [--ready-file F] [--binaries-dir DIR]
 *   ensure --jdbc-url jdbc:postgresql://host:5432 --user U --password P --databases a,b,c
 * </pre>
 * {@code ensure} only creates missing databases on an existing server (when NTM_DB_URL is set). The binaries are
 * extracted once into {@code --binaries-dir} ({@code ./ntm} passes {@code $NTM_HOME/pg-binaries}) by
 * {@link PostgresBinaries}, safely against a kill at any point.
 */
public final class DevPostgres {

    private static final Pattern DB_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    private static final List<String> EXTENSIONS = List.of("unaccent", "pg_trgm");

    private DevPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        List<String> databases = databases(options.getOrDefault("databases", ""));
        switch (args[0]) {
            case "serve" -> serve(options, databases);
            case "ensure" -> {
                String url = required(options, "jdbc-url");
                ensureDatabases(url, options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""), databases);
                System.out.println("Databases ready on " + url + ": " + databases);
            }
            default -> usage();
        }
    }

    private static void serve(Map<String, String> options, List<String> databases) throws Exception {
        Path dataDir = Path.of(required(options, "data-dir")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "15432"));
        Files.createDirectories(dataDir);
        PostgresBinaries binaries = options.containsKey("binaries-dir")
                ? PostgresBinaries.in(Path.of(options.get("binaries-dir")))
                : PostgresBinaries.defaultLocation();
        EmbeddedPostgres postgres = binaries.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                // zonky runs PostgreSQL with fsync off; the run command keeps real data, so turn it back on
                .setServerConfig("fsync", "on")
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "128MB")
                // the data lives in memory or on SSD: with the default 4, the planner prefers scanning a national
                // table to index lookups proportional to one province (bench/README.md, findings)
                .setServerConfig("random_page_cost", "1.1")
                .setRegisterShutdownHook(false)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres), "postgres-stop"));
        String baseUrl = "jdbc:postgresql://localhost:" + port;
        ensureDatabases(baseUrl, "postgres", "", databases);
        System.out.println("PostgreSQL 17 ready on port " + port + ", data in " + dataDir + ", databases " + databases);
        if (options.containsKey("ready-file")) {
            Files.writeString(Path.of(options.get("ready-file")), baseUrl + "\n");
        }
        Thread.currentThread().join();
    }

    /** Creates each missing database and the extensions the services use for search. */
    public static void ensureDatabases(String serverUrl, String user, String password, List<String> databases) throws SQLException {
        String base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        try (Connection admin = DriverManager.getConnection(base + "/postgres", user, password)) {
            for (String db : databases) {
                if (!exists(admin, db)) {
                    try (Statement st = admin.createStatement()) {
                        // the name was checked against DB_NAME: it cannot carry SQL
                        st.execute("CREATE DATABASE " + db + " ENCODING 'UTF8' TEMPLATE template0");
                    }
                }
                try (Connection conn = DriverManager.getConnection(base + "/" + db, user, password); Statement st = conn.createStatement()) {
                    for (String extension : EXTENSIONS) {
                        st.execute("CREATE EXTENSION IF NOT EXISTS " + extension);
                    }
                }
            }
        }
    }

    private static boolean exists(Connection admin, String db) throws SQLException {
        try (PreparedStatement ps = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, db);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    private static List<String> databases(String list) {
        List<String> names = Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String name : names) {
            if (!DB_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a plain database name: " + name);
            }
        }
        return names;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                usage();
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static void usage() {
        System.err.println("usage: DevPostgres serve --data-dir DIR --port N --databases a,b [--ready-file F] [--binaries-dir DIR]");
        System.err.println("       DevPostgres ensure --jdbc-url URL --user U --password P --databases a,b");
        System.exit(2);
    }
}
