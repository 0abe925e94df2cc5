package vn.ntm.common.devdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first start on a fresh machine, and every start after a crash: the binaries are extracted safely, whatever
 * was left in their directory, and with the small heap the launcher gives the PostgreSQL process.
 */
class PostgresBinariesTest {

    @TempDir
    Path binaries;

    /** The launcher's data directory, ready file and log: apart from the binaries, as in ./ntm. */
    @TempDir
    Path work;

    @Test
    void aFreshDirectoryIsExtractedOnceAndZonkyStartsOnIt() throws Exception {
        Path first;
        try (EmbeddedPostgres pg = PostgresBinaries.in(binaries).builder().start()) {
            assertThat(selectOne(pg)).isEqualTo(1);
            first = onlyBinariesDirectory();
        }
        assertThat(PostgresBinaries.isComplete(first)).isTrue();
        FileTime marked = Files.getLastModifiedTime(first.resolve(PostgresBinaries.READY_MARKER));

        try (EmbeddedPostgres pg = PostgresBinaries.in(binaries).builder().start()) {
            assertThat(selectOne(pg)).isEqualTo(1);
        }
        assertThat(onlyBinariesDirectory()).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first.resolve(PostgresBinaries.READY_MARKER)))
                .as("the second start extracted nothing").isEqualTo(marked);
    }

    @Test
    void aHalfExtractedDirectoryIsRecognisedAndExtractedAgain() throws Exception {
        try (EmbeddedPostgres pg = PostgresBinaries.in(binaries).builder().start()) {
            assertThat(selectOne(pg)).isEqualTo(1);
        }
        Path dir = onlyBinariesDirectory();
        // what zonky's own extraction leaves when it dies half-way: files, no marker, a truncated library
        Files.delete(dir.resolve(PostgresBinaries.READY_MARKER));
        Path lib = dir.resolve("bin/postgres");
        Files.write(lib, new byte[0]);
        assertThat(PostgresBinaries.isComplete(dir)).isFalse();

        try (EmbeddedPostgres pg = PostgresBinaries.in(binaries).builder().start()) {
            assertThat(selectOne(pg)).isEqualTo(1);
        }
        assertThat(PostgresBinaries.isComplete(onlyBinariesDirectory())).isTrue();
        assertThat(Files.size(onlyBinariesDirectory().resolve("bin/postgres"))).isPositive();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMarkerOlderThanTheContentIsNotTakenForComplete() throws Exception {
        try (EmbeddedPostgres pg = PostgresBinaries.in(binaries).builder().start()) {
            assertThat(selectOne(pg)).isEqualTo(1);
        }
        Path dir = onlyBinariesDirectory();
        // zonky's rule: an extraction that went on writing after the marker is not finished
        Files.setLastModifiedTime(dir.resolve(PostgresBinaries.READY_MARKER), FileTime.from(Instant.now().minusSeconds(3600)));
        assertThat(PostgresBinaries.isComplete(dir)).isFalse();
        try (EmbeddedPostgres pg = PostgresBinaries.in(binaries).builder().start()) {
            assertThat(selectOne(pg)).isEqualTo(1);
        }
        assertThat(PostgresBinaries.isComplete(onlyBinariesDirectory())).isTrue();
    }

    @Test
    void anExtractionKilledHalfWayLeavesNothingThatBreaksTheNextStart() throws Exception {
        Process child = launcher(binaries, "-Xmx96m");
        Path partial = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (partial == null && System.nanoTime() < deadline && child.isAlive()) {
            partial = partialDirectory().filter(p -> Files.isDirectory(p.resolve("lib"))).orElse(null);
            if (partial == null) {
                Thread.sleep(2);
            }
        }
        assertThat(partial).as("the child began to extract").isNotNull();
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(Files.exists(partial)).as("the kill interrupted the extraction").isTrue();
        try (Stream<Path> entries = Files.list(binaries)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .as("nothing with zonky's name exists before the extraction is complete")
                    .noneMatch(name -> name.startsWith(PostgresBinaries.DIRECTORY_PREFIX));
        }

        try (EmbeddedPostgres pg = PostgresBinaries.in(binaries).builder().start()) {
            assertThat(selectOne(pg)).isEqualTo(1);
        }
        assertThat(PostgresBinaries.isComplete(onlyBinariesDirectory())).isTrue();
        assertThat(leftovers()).as("the killed extraction's directory is cleaned up").isEmpty();
    }

    @Test
    void theLauncherExtractsWithTheSmallHeapThatUsedToRunOutOfMemory() throws Exception {
        // ./ntm used to run DevPostgres with -Xmx64m, and zonky's in-memory extraction died with OutOfMemoryError
        Process child = launcher(binaries, "-Xmx64m");
        Path ready = work.resolve("ready");
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(ready) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(Files.exists(ready)).as("PostgreSQL started with -Xmx64m: " + output(child)
                    + "\n" + launcherLog()).isTrue();
        } finally {
            child.destroy();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(PostgresBinaries.isComplete(onlyBinariesDirectory())).isTrue();
    }

    private Process launcher(Path binariesDir, String heap) throws IOException {
        Path data = Files.createTempDirectory(work, "data");
        Path ready = work.resolve("ready");
        Path log = Files.createTempFile(work, "launcher", ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-cp", System.getProperty("java.class.path"), DevPostgres.class.getName(), "serve",
                "--data-dir", data.toString(), "--port", String.valueOf(freePort()), "--databases", "ntm",
                "--ready-file", ready.toString(), "--binaries-dir", binariesDir.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private String launcherLog() throws IOException {
        try (Stream<Path> logs = Files.list(work)) {
            StringBuilder all = new StringBuilder();
            for (Path log : logs.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                all.append(Files.readString(log));
            }
            return all.toString();
        }
    }

    private static String output(Process child) {
        return child.isAlive() ? "still running" : "exited " + child.exitValue();
    }

    private Path onlyBinariesDirectory() throws IOException {
        try (Stream<Path> entries = Files.list(binaries)) {
            List<Path> dirs = entries.filter(p -> p.getFileName().toString().startsWith(PostgresBinaries.DIRECTORY_PREFIX)).toList();
            assertThat(dirs).hasSize(1);
            return dirs.get(0);
        }
    }

    private Optional<Path> partialDirectory() throws IOException {
        try (Stream<Path> entries = Files.list(binaries)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".partial-")).findFirst();
        }
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> entries = Files.list(binaries)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".partial-") || n.startsWith(".broken-")).toList();
        }
    }

    private static int selectOne(EmbeddedPostgres pg) throws Exception {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
