package vn.ntm.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit lines of writes refused during a database outage are kept on disk and written back, once, in order. */
class AuditSpoolTest {

    @TempDir
    Path dir;

    private static SpooledAuditRecord record(int i) {
        return new SpooledAuditRecord(Instant.parse("2026-12-07T06:00:00Z").plusSeconds(i), "test.front_surveyor.31.10993", "FRONT_SURVEYOR",
                "req-" + i, "POST", "/api/v1/surveys/s/responses", 503);
    }

    @Test
    void recordsSpooledDuringAnOutageAreWrittenBackOnceWithTheirOriginalTime() {
        AuditSpool spool = new AuditSpool(dir, null);
        for (int i = 0; i < 3; i++) {
            assertThat(spool.spool(record(i))).isTrue();
        }
        assertThat(spool.waiting()).isEqualTo(3);

        // the database is still down: nothing is lost
        assertThat(spool.replayInto(records -> {
            throw new IllegalStateException("connection refused");
        })).isZero();
        spool.spool(record(3)); // a record refused while the first replay was being tried
        assertThat(spool.waiting()).isEqualTo(4);

        List<SpooledAuditRecord> written = new ArrayList<>();
        assertThat(spool.replayInto(written::addAll)).isEqualTo(3); // the records moved aside first
        assertThat(spool.replayInto(written::addAll)).isEqualTo(1); // then the one spooled meanwhile
        assertThat(written).containsExactly(record(0), record(1), record(2), record(3));
        assertThat(spool.waiting()).isZero();
        assertThat(spool.replayInto(written::addAll)).isZero();
        assertThat(written).hasSize(4);
    }

    @Test
    void aLineCutShortByACrashIsLoggedAndTheOthersAreWritten() throws Exception {
        AuditSpool spool = new AuditSpool(dir, null);
        spool.spool(record(0));
        Files.writeString(dir.resolve("pending.jsonl"), "{\"occurredAt\":\"2026-12-07T06:0", java.nio.file.StandardOpenOption.APPEND);
        spool.spool(record(1)); // after the crash: starts a line of its own
        List<SpooledAuditRecord> written = new ArrayList<>();
        assertThat(spool.replayInto(written::addAll)).isEqualTo(2);
        assertThat(written).containsExactly(record(0), record(1));
        assertThat(spool.waiting()).isZero();
    }
}
