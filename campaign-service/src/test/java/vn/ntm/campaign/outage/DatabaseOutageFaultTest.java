package vn.ntm.campaign.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.form;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.Callers;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.common.testing.DatabaseProxyResource;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/**
 * Issue 14: the database goes away for ~5 s under keyed ingest load from 6 clients, each sending single forms with an
 * {@code Idempotency-Key} and retrying with the same key on 503 and 409 after {@code Retry-After}, as a well-behaved
 * client does. The database is cut by a TCP proxy (see {@link TcpProxy}), not a restart of the shared server.
 * Proves: every form acknowledged, every acknowledged form stored once, no 500, no "409 in progress" later than the
 * lease after the database is back. Prints the figures docs/reliability.md quotes.
 */
@QuarkusTest
@TestProfile(DatabaseOutageFaultTest.Outage.class)
class DatabaseOutageFaultTest {

    /** The database behind the proxy; the other test resources as usual. */
    public static class Outage implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxyResource.class), new TestResourceEntry(CommunesServiceMock.class),
                    new TestResourceEntry(TestTokens.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("ntm.audit.spool.dir", java.nio.file.Files.createTempDirectory("audit-spool").toString(),
                        "ntm.audit.spool.replay-every", "1s");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @jakarta.inject.Inject
    vn.ntm.common.audit.AuditSpool spool;

    private static final String COMMUNE = "10882";
    private static final int CLIENTS = 6;
    private static final int FORMS_PER_CLIENT = 40;
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final Duration LEASE = Duration.ofSeconds(5); // ntm.idempotency.lease
    private static final int MAX_ATTEMPTS = 200;

    @TestHTTPResource("/api/v1/surveys")
    URI surveys;

    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger lateInProgress = new AtomicInteger();
    private final AtomicLong restoredAt = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong firstAckAfterRestore = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong lastFailureAfterRestore = new AtomicLong(0);
    private final List<String> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void keyedIngestSurvivesADatabaseOutage() throws Exception {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        String token = TestTokens.bearer(Callers.surveyorOf(survey));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            running.add(clients.submit(() -> {
                for (int n = 0; n < FORMS_PER_CLIENT; n++) {
                    UUID responseId = UUID.randomUUID();
                    Map<String, Object> body = form(responseId, n % 2 == 0 ? "THON-DONG" : "THON-DOAI",
                            "HGĐ-OUTAGE-" + client + "-" + n, "Q1:S", n % 9 == 0 ? "Q2:N:Rác thải chưa được thu gom" : "Q2:S", "Q9:S");
                    if (sendUntilAcknowledged(http, token, survey, responseId, json.writeValueAsString(body))) {
                        acknowledged.add(responseId);
                    }
                    sent.incrementAndGet();
                }
                return null;
            }));
        }

        while (sent.get() < CLIENTS * 3) {
            Thread.sleep(20); // the load is running
        }
        long cutAt = System.nanoTime();
        DatabaseProxyResource.proxy.cut();
        Thread.sleep(OUTAGE.toMillis());
        DatabaseProxyResource.proxy.restore();
        restoredAt.set(System.nanoTime());
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();

        long recoveryMs = firstAckAfterRestore.get() == Long.MAX_VALUE ? -1 : (firstAckAfterRestore.get() - restoredAt.get()) / 1_000_000;
        long settledMs = Math.max(0, (lastFailureAfterRestore.get() - restoredAt.get()) / 1_000_000);
        System.out.printf("FAULT requests=%d forms=%d acknowledged=%d outage_ms=%d statuses=%s outcomes_503=%s "
                        + "first_ack_after_restore_ms=%d last_refusal_after_restore_ms=%d late_409=%d%n",
                requests.get(), CLIENTS * FORMS_PER_CLIENT, acknowledged.size(), (restoredAt.get() - cutAt) / 1_000_000,
                new TreeMap<>(statuses), new TreeMap<>(outcomes), recoveryMs, settledMs, lateInProgress.get());

        assertThat(unexpected).as("answers other than 201, 200 replay, 503 dependency-unavailable or 409 in progress").isEmpty();
        assertThat(statuses).doesNotContainKey(500);
        assertThat(acknowledged).hasSize(CLIENTS * FORMS_PER_CLIENT);
        assertThat(lateInProgress.get()).as("409 in progress later than the lease after the database came back").isZero();
        try (Connection c = EmbeddedPostgresResource.server().getDatabase("postgres", "ntm_test").getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id, count(*) FROM survey_response WHERE survey_id = ? GROUP BY id")) {
            ps.setObject(1, UUID.fromString(survey));
            Map<UUID, Long> stored = new java.util.HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
            }
            assertThat(stored.keySet()).as("every acknowledged form is stored, nothing else").isEqualTo(acknowledged);
            assertThat(stored.values()).as("no form stored twice").allMatch(count -> count == 1);
        }

        // the audit lines of the writes refused while the database was away were spooled, and are written back
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (spool.waiting() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(spool.waiting()).as("audit records still spooled 30 s after the database came back").isZero();
        try (Connection c = EmbeddedPostgresResource.server().getDatabase("postgres", "ntm_test").getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_event WHERE path = ? AND status = 503")) {
            ps.setString(1, "/api/v1/surveys/" + survey + "/responses");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                int refused = statuses.getOrDefault(503, new AtomicInteger()).get();
                System.out.printf("FAULT audit 503 answered=%d audited=%d%n", refused, rs.getLong(1));
                assertThat(rs.getLong(1)).as("every 503 answered during the outage is in the audit trail").isEqualTo(refused);
            }
        }
    }

    /** Sends one form until it is acknowledged, retrying with the same key as a client that honours Retry-After. */
    private boolean sendUntilAcknowledged(HttpClient http, String token, String survey, UUID responseId, String body) throws InterruptedException {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(surveys + "/" + survey + "/responses"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", responseId.toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> answer;
            try {
                answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                unexpected.add("transport " + e);
                Thread.sleep(200);
                continue;
            }
            requests.incrementAndGet();
            int status = answer.statusCode();
            statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
            long now = System.nanoTime();
            boolean afterRestore = now > restoredAt.get();
            if (status == 201 || status == 200) {
                if (afterRestore) {
                    firstAckAfterRestore.accumulateAndGet(now, Math::min);
                }
                return true;
            }
            if (afterRestore) {
                lastFailureAfterRestore.accumulateAndGet(now, Math::max);
            }
            JsonNode problem = parse(answer.body());
            String type = problem.path("type").asText();
            String retryAfter = answer.headers().firstValue("Retry-After").orElse(null);
            if (status == 503 && type.endsWith("/dependency-unavailable") && retryAfter != null) {
                outcomes.computeIfAbsent(problem.path("context").path("outcome").asText("none"), k -> new AtomicInteger()).incrementAndGet();
            } else if (status == 409 && "in-progress".equals(problem.path("context").path("idempotency").asText()) && retryAfter != null) {
                if (afterRestore && now - restoredAt.get() > LEASE.toNanos()) {
                    lateInProgress.incrementAndGet();
                }
            } else {
                unexpected.add(status + " " + answer.body());
                return false;
            }
            Thread.sleep(Math.min(Long.parseLong(retryAfter) * 1000, 2000));
        }
        unexpected.add("never acknowledged " + responseId);
        return false;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            return json.createObjectNode();
        }
    }
}
