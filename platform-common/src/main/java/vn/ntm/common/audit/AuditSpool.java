package vn.ntm.common.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Where an audit record goes when the database cannot take it (an outage): an append-only JSON-lines file on disk,
 * flushed to the device before the answer leaves, and written into {@code audit_event} with its original time once
 * the database is back. Without it the audit line of every write refused during an outage was lost ("AUDIT WRITE
 * FAILED"). A file rather than a queue or a second database, because it is what survives the one dependency that is
 * down; hand-written because no library in the build spools JDBC rows (a log appender would keep them, but could not
 * put them back). Each replica has its own spool: with several replicas, give each a directory of its own that
 * outlives the process (a volume), see docs/reliability.md.
 */
@ApplicationScoped
public class AuditSpool {

    private static final Logger LOG = Logger.getLogger(AuditSpool.class);

    /** Audit spool settings. */
    @ConfigMapping(prefix = "ntm.audit.spool")
    public interface SpoolConfig {
        /** The directory of the spool; default {@code ${java.io.tmpdir}/ntm-audit-spool/<application name>}. */
        Optional<Path> dir();

        /** How often a non-empty spool is written back into the database. */
        @WithDefault("15s")
        String replayEvery();
    }

    /** Writes spooled records into the database, all or none. */
    @FunctionalInterface
    public interface Inserter {
        void insert(List<SpooledAuditRecord> records);
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    private final Path pending;
    private final Path replaying;
    private final AuditTrail trail;

    @jakarta.inject.Inject
    AuditSpool(SpoolConfig config, @ConfigProperty(name = "quarkus.application.name", defaultValue = "ntm") String application,
               AuditTrail trail) {
        this(config.dir().orElseGet(() -> defaultDir(application)), trail);
    }

    /**
     * The default spool: per service under the temp dir; in tests per application start, so that lines a test left
     * behind never reach another test's fresh database.
     */
    private static Path defaultDir(String application) {
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "ntm-audit-spool", application);
        if (io.quarkus.runtime.LaunchMode.current() == io.quarkus.runtime.LaunchMode.TEST) {
            return base.resolve("test-" + java.util.UUID.randomUUID());
        }
        return base;
    }

    /** A spool in {@code dir}; {@code trail} may be null when only {@link #replayInto} is used (tests). */
    public AuditSpool(Path dir, AuditTrail trail) {
        this.pending = dir.resolve("pending.jsonl");
        this.replaying = dir.resolve("replaying.jsonl");
        this.trail = trail;
    }

    /** Keeps the record on disk; true once it is on the device. */
    public synchronized boolean spool(SpooledAuditRecord record) {
        try {
            Files.createDirectories(pending.getParent());
            byte[] line = (json.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel out = FileChannel.open(pending, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                long end = out.size();
                if (endsTorn(out)) {
                    end += out.write(ByteBuffer.wrap(new byte[] {'\n'}), end); // a line cut short by a crash stays a line of its own
                }
                out.write(ByteBuffer.wrap(line), end);
                out.force(false);
            }
            return true;
        } catch (IOException e) {
            LOG.errorf(e, "AUDIT SPOOL FAILED: %s", record);
            return false;
        }
    }

    /** How many records wait in the spool. */
    public synchronized long waiting() {
        return lines(pending) + lines(replaying);
    }

    // Every instance drains its own spool file, so this job is never one-per-cluster: the simple in-memory scheduler
    // runs it even in a service that also has the clustered Quartz scheduler (campaign-service's retention job).
    @Scheduled(every = "${ntm.audit.spool.replay-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            executeWith = Scheduled.SIMPLE)
    void replay() {
        if (trail != null && trail.available()) {
            replayInto(trail::insertAll);
        }
    }

    /**
     * Writes what waits into the database through {@code inserter}: first moves the pending file aside (new records go to
     * a fresh one meanwhile), then inserts it in one go and deletes it. When the insert fails the moved file stays and
     * is tried first next time, so nothing is lost and nothing is written twice.
     *
     * @return the number of records written
     */
    public int replayInto(Inserter inserter) {
        synchronized (this) {
            try {
                if (!Files.exists(replaying) && Files.exists(pending) && Files.size(pending) > 0) {
                    Files.move(pending, replaying, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!Files.exists(replaying)) {
            return 0;
        }
        List<SpooledAuditRecord> records = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(replaying, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(json.readValue(line, SpooledAuditRecord.class));
                } catch (IOException torn) {
                    // a line cut short by a crash while it was written: its text goes to the log, the rest is written
                    LOG.errorf("AUDIT SPOOL LINE UNREADABLE (cut short by a crash?), not written to audit_event: %s", line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            inserter.insert(records);
        } catch (RuntimeException e) {
            LOG.warnf("%d spooled audit records could not be written yet (%s); retried later", records.size(), e.getMessage());
            return 0;
        }
        try {
            Files.delete(replaying);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.infof("%d audit records spooled during a database outage were written to audit_event", records.size());
        return records.size();
    }

    private static boolean endsTorn(FileChannel file) throws IOException {
        long size = file.size();
        if (size == 0) {
            return false;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        file.read(last, size - 1);
        return last.get(0) != '\n';
    }

    private static long lines(Path file) {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var stream = Files.lines(file, StandardCharsets.UTF_8)) {
            return stream.filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
