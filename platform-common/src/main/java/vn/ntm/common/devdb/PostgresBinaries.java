package vn.ntm.common.devdb;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Extracts zonky's PostgreSQL binaries so that a crash or a kill at any point can never leave a directory that a
 * later start takes for complete, and hands them to zonky's {@link EmbeddedPostgres} ready to use.
 *
 * <p>Why not zonky's own extraction: {@code EmbeddedPostgres.prepareBinaries} (2.2.2) extracts in place into
 * {@code embedded-pg/PG-<md5>} of the shared temp dir. A process killed half-way (or out of memory: it holds the whole
 * archive and every uncompressed file in the heap at once, about 100 MB) leaves a half-filled directory, and every
 * later extraction then fails with {@code FileAlreadyExistsException} until someone deletes it by hand. zonky has no
 * option for a ready-made binaries directory, but it skips its extraction when {@code PG-<md5>/.exists} is newer than
 * everything else in that directory. So this class, called through zonky's {@link PgBinaryResolver} hook (which zonky
 * calls before it looks at the directory), streams the archive into a private sibling directory, marks it the way
 * zonky checks, and renames it into place atomically. The target either does not exist or is complete; a directory
 * that is not complete (left by zonky's own extraction, or by hand) is moved aside and extracted again.
 *
 * <p>Extraction streams file by file: it needs a few MB of heap beyond the xz dictionary (8 MiB for the 17.6 archive).
 * Concurrent starts in several JVMs take turns through a file lock (released by the OS if a holder dies), and the
 * loser of a race simply uses the winner's directory.
 */
public final class PostgresBinaries {

    /** zonky's names: the readiness marker and the directory prefix of {@code EmbeddedPostgres.prepareBinaries}. */
    static final String READY_MARKER = ".exists";
    static final String DIRECTORY_PREFIX = "PG-";
    private static final String LOCK_FILE = ".ntm-extract.lock";
    private static final String PARTIAL = ".partial-";
    private static final String BROKEN = ".broken-";
    /** What a usable binaries directory must hold: the programs zonky runs. */
    private static final List<String> REQUIRED = List.of("bin/postgres", "bin/initdb", "bin/pg_ctl");
    /** One extraction at a time inside this JVM too: a {@link FileLock} is per process, not per thread. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Path workingDirectory;

    private PostgresBinaries(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath();
    }

    /** Binaries kept in {@code workingDirectory} (created if missing), e.g. {@code $NTM_HOME/pg-binaries}. */
    public static PostgresBinaries in(Path workingDirectory) {
        return new PostgresBinaries(workingDirectory);
    }

    /**
     * Where binaries go when the caller names no directory: {@code -Dntm.postgres.binaries}, else
     * {@code $NTM_PG_BINARIES}, else {@code ntm-pg-binaries} in the JVM's temp dir (safe to share: see the class).
     */
    public static PostgresBinaries defaultLocation() {
        String configured = System.getProperty("ntm.postgres.binaries");
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("NTM_PG_BINARIES");
        }
        if (configured == null || configured.isBlank()) {
            return in(Path.of(System.getProperty("java.io.tmpdir"), "ntm-pg-binaries"));
        }
        return in(Path.of(configured));
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    /** A zonky builder that runs on these binaries: zonky finds them ready and extracts nothing itself. */
    public EmbeddedPostgres.Builder builder() {
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(workingDirectory.toFile())
                .setPgBinaryResolver(new Resolver());
    }

    /** Prepares the binaries of this platform (OS and architecture as zonky names them) and returns their directory. */
    public Path prepare(String system, String architecture) {
        return prepare(() -> DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, architecture));
    }

    Path prepare(ArchiveSource archive) {
        IN_PROCESS.lock();
        try {
            Files.createDirectories(workingDirectory);
            try (FileChannel lockChannel = FileChannel.open(workingDirectory.resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockChannel.lock()) {
                removeLeftovers();
                String digest = digest(archive);
                Path target = workingDirectory.resolve(DIRECTORY_PREFIX + digest);
                if (isComplete(target)) {
                    return target;
                }
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    moveAsideAndDelete(target);
                }
                Path partial = workingDirectory.resolve(PARTIAL + digest + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
                extract(archive, partial);
                markReady(partial);
                try {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                    // another writer without our lock (zonky itself) got there first: use it if complete
                    deleteTree(partial);
                    if (!isComplete(target)) {
                        throw new IllegalStateException("PostgreSQL binaries at " + target + " are being written by another program", e);
                    }
                } catch (AtomicMoveNotSupportedException e) {
                    throw new IllegalStateException("Cannot rename within " + workingDirectory + " atomically", e);
                }
                return target;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the PostgreSQL binaries in " + workingDirectory, e);
        } finally {
            IN_PROCESS.unlock();
        }
    }

    /**
     * zonky's own test ({@code EmbeddedPostgres.isPgBinReady}) plus the programs it needs: the marker exists and is not
     * older than the directory or anything directly in it.
     */
    static boolean isComplete(Path dir) throws IOException {
        Path marker = dir.resolve(READY_MARKER);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(marker)) {
            return false;
        }
        for (String required : REQUIRED) {
            if (!Files.isExecutable(dir.resolve(required))) {
                return false;
            }
        }
        long ready = Files.getLastModifiedTime(marker).toMillis();
        if (Files.getLastModifiedTime(dir).toMillis() - 100 > ready) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> !p.equals(marker)).allMatch(p -> lastModified(p) <= ready);
        }
    }

    private static long lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Extracting under our lock: any partial or broken directory still here belongs to a process that died. */
    private void removeLeftovers() throws IOException {
        try (Stream<Path> entries = Files.list(workingDirectory)) {
            for (Path leftover : entries.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(PARTIAL) || name.startsWith(BROKEN);
            }).toList()) {
                deleteTree(leftover);
            }
        }
    }

    private void moveAsideAndDelete(Path incomplete) throws IOException {
        Path aside = workingDirectory.resolve(BROKEN + incomplete.getFileName() + "-" + System.nanoTime());
        Files.move(incomplete, aside, StandardCopyOption.ATOMIC_MOVE);
        System.err.println("ntm: " + incomplete + " was left half-extracted by an earlier start; extracting again");
        deleteTree(aside);
    }

    private static String digest(ArchiveSource archive) throws IOException {
        try (InputStream in = new DigestInputStream(archive.open(), md5())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
    }

    private static MessageDigest md5() {
        try {
            // zonky names the directory by the archive's MD5: not a security use
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void extract(ArchiveSource archive, Path into) throws IOException {
        Files.createDirectories(into);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive.open())))) {
            TarArchiveEntry entry;
            while ((entry = (TarArchiveEntry) tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("Archive entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink() || entry.isLink()) {
                    // zonky makes hard links symbolic too; the archive's links are all relative, within lib/
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    permissions(path, entry);
                } else {
                    throw new IOException("Unsupported archive entry: " + entry.getName());
                }
            }
        }
    }

    private static void permissions(Path file, TarArchiveEntry entry) throws IOException {
        boolean executable = (entry.getMode() & 0111) != 0 || entry.getName().startsWith("bin/") || entry.getName().startsWith("./bin/");
        if (executable) {
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                perms.add(PosixFilePermission.OWNER_EXECUTE);
                perms.add(PosixFilePermission.GROUP_EXECUTE);
                perms.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(file, perms);
            } catch (UnsupportedOperationException e) {
                file.toFile().setExecutable(true, false);
            }
        }
    }

    /** Written last, newer than everything else, as zonky's readiness test expects. */
    private static void markReady(Path dir) throws IOException {
        Files.createFile(dir.resolve(READY_MARKER));
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Opens the archive afresh each time: it is read once for its digest and once to extract. */
    @FunctionalInterface
    interface ArchiveSource {
        InputStream open() throws IOException;
    }

    /** zonky asks for the archive before it checks its directory: the moment to make that directory complete. */
    private final class Resolver implements PgBinaryResolver {
        @Override
        public InputStream getPgBinary(String system, String machineHardware) throws IOException {
            prepare(system, machineHardware);
            return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        }
    }
}
