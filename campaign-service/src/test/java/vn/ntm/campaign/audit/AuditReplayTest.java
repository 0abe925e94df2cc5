package vn.ntm.campaign.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.common.audit.AuditTrail;
import vn.ntm.common.audit.SpooledAuditRecord;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/**
 * Replaying the audit spool after an outage: a record whose first write was stored although its commit was never
 * acknowledged is not written a second time, and the records the database never took are all written.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(TestTokens.class)
class AuditReplayTest {

    @Inject
    AuditTrail trail;

    @Test
    void aRecordAlreadyStoredIsNotWrittenTwiceAndTheOthersAreWritten() throws Exception {
        String path = "/api/v1/surveys/" + UUID.randomUUID() + "/responses";
        String stored = UUID.randomUUID().toString();
        String lost = UUID.randomUUID().toString();
        trail.record("mttq.xa-10867", "FRONT_SURVEYOR", stored, "POST", path, 503);

        Instant at = Instant.parse("2026-11-03T02:15:00Z");
        trail.insertAll(List.of(new SpooledAuditRecord(at, "mttq.xa-10867", "FRONT_SURVEYOR", stored, "POST", path, 503),
                new SpooledAuditRecord(at, "mttq.xa-10867", "FRONT_SURVEYOR", lost, "POST", path, 503)));

        assertThat(count(path, stored)).isEqualTo(1);
        assertThat(count(path, lost)).isEqualTo(1);
    }

    private static long count(String path, String requestId) throws Exception {
        try (Connection c = EmbeddedPostgresResource.server().getDatabase("postgres", "ntm_test").getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_event WHERE path = ? AND request_id = ?")) {
            ps.setString(1, path);
            ps.setString(2, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
