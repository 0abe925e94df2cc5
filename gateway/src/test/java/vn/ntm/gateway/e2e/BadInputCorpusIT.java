package vn.ntm.gateway.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ntm.gateway.routing.Route;
import vn.ntm.gateway.routing.RouteTable;

/**
 * Bad input at the edge never looks like an outage: generated bad requests over every write operation (and the
 * reads' paths and query parameters) of the merged OpenAPI document, sent by 8 threads through the real gateway to
 * the real services, as an administrator so that they get past authentication. Every answer must be below 500, and
 * every error must be {@code application/problem+json} with a {@code requestId}. A failing case is sent again
 * straight to the service that owns the path, so the summary says whether the gateway or the service answered badly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusIT {

    private static final int THREADS = 8;

    private Platform platform;
    private String token;
    private JsonNode document;

    @BeforeAll
    void startThePlatform() throws Exception {
        platform = Platform.fresh(Path.of("target", "e2e-corpus"));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stopQuietly, "e2e-corpus-stop"));
        platform.start();
        token = platform.mint(Map.of("role", "ADMINISTRATOR", "subject", "admin.corpus"));
        HttpResponse<String> openapi = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(platform.gateway() + "/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(openapi.statusCode()).isEqualTo(200);
        document = Http.JSON.readTree(openapi.body());
    }

    @AfterAll
    void stopThePlatform() {
        if (platform != null) {
            platform.stopQuietly();
        }
    }

    /** A bad answer: what was sent, what came back through the gateway, and what the service said directly. */
    record Failure(BadInputs.Case sent, RawHttp.Answer answer, String why, String direct) {
        @Override
        public String toString() {
            String body = answer.text();
            return sent + "\n    -> " + answer.status() + " " + why + " " + answer.header("content-type") + " "
                    + body.substring(0, Math.min(200, body.length())).replace('\n', ' ') + "\n    direct: " + direct;
        }
    }

    @Test
    void badInputIsAlwaysAProblemBelow500() throws Exception {
        List<BadInputs.Case> cases = new BadInputs(document, token).all();
        long writes = cases.stream().filter(c -> !c.request().method().equals("GET")).map(BadInputs.Case::operation).distinct().count();
        assertThat(writes).as("write operations in the merged document").isGreaterThan(10);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(1000);

        Map<Integer, AtomicInteger> byStatus = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> failuresByCase = new ConcurrentHashMap<>();
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (BadInputs.Case c : cases) {
                sent.add(pool.submit(() -> {
                    RawHttp.Answer answer = RawHttp.send(platform.gatewayPort, c.request());
                    byStatus.computeIfAbsent(answer.status(), k -> new AtomicInteger()).incrementAndGet();
                    String why = judge(answer);
                    if (why != null) {
                        failuresByCase.computeIfAbsent(c.name(), k -> new AtomicInteger()).incrementAndGet();
                        failures.add(new Failure(c, answer, why, direct(c)));
                    }
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        System.out.println("[corpus] " + cases.size() + " bad requests over " + writes + " write operations in " + seconds + " s");
        System.out.println("[corpus] by status: " + new TreeMap<>(byStatus));
        System.out.println("[corpus] failures by case: " + new TreeMap<>(failuresByCase));
        Map<String, Integer> byOwner = new TreeMap<>();
        failures.forEach(f -> byOwner.merge(owner(f), 1, Integer::sum));
        System.out.println("[corpus] failures by who answered badly: " + byOwner);
        failures.stream().limit(60).forEach(f -> System.out.println("[corpus] FAIL " + f));

        assertThat(failures).as("bad input answered with a 5xx, no answer, or an error that is not a problem with a requestId")
                .isEmpty();
    }

    /** Null when the answer is acceptable for bad input; else why not. */
    static String judge(RawHttp.Answer answer) {
        if (answer.status() == 0) {
            return "no HTTP answer (" + answer.failure() + ")";
        }
        if (answer.status() >= 500) {
            return "5xx";
        }
        if (answer.status() < 400) {
            return null;
        }
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "error without problem+json";
        }
        try {
            JsonNode body = Http.JSON.readTree(answer.body());
            if (body.path("requestId").asText("").isBlank()) {
                return "problem without requestId";
            }
        } catch (Exception e) {
            return "problem body is not JSON";
        }
        return null;
    }

    /** The same request straight to the service owning the template (none when the gateway has no route). */
    private String direct(BadInputs.Case c) {
        Route route = ROUTES.find(BadInputs.concrete(c.template()));
        if (route == null) {
            return "no route";
        }
        Integer port = switch (route.service()) {
            case "communes" -> platform.communesPort;
            case "ocop" -> platform.ocopPort;
            case "campaign" -> platform.campaignPort;
            default -> null;
        };
        if (port == null) {
            return "unknown service " + route.service();
        }
        RawHttp.Answer answer = RawHttp.send(port, c.request());
        String why = judge(answer);
        return route.service() + " " + answer.status() + (why == null ? " ok" : " " + why);
    }

    private static String owner(Failure f) {
        if (f.direct().endsWith(" ok")) {
            return "gateway (the service alone answers well)";
        }
        if (f.direct().startsWith("no route") || f.direct().startsWith("unknown")) {
            return "gateway (no route)";
        }
        return "service / platform-common (bad directly too)";
    }

    private static final RouteTable ROUTES = RouteTable.fromResource(RouteTable.DEFAULT_RESOURCE);

    static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
