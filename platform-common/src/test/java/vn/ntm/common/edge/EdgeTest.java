package vn.ntm.common.edge;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input at the edge, sent byte for byte as a broken client sends it ({@link RawHttp}): every refusal is a
 * problem+json with a request id, never an empty answer. The test application limits bodies to 1 KiB.
 */
@QuarkusTest
class EdgeTest {

    @TestHTTPResource("/")
    URL base;

    private RawHttp.Answer get(String target) {
        return RawHttp.send(base.getPort(), "GET", target, Map.of(), null);
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"requestId\":\"").contains("\"type\":\"https://ntm.example/problems/" + type + "\"");
        assertThat(answer.header("x-request-id")).isNotBlank();
    }

    // Quarkus' own URI check (an empty 400) is handed to EdgeGuard by UriCheckHandover
    @Test
    void malformedEscapesAndRawPlaceholdersAreProblems() {
        assertProblem(get("/api/v1/samples?q=%ZZ%"), 400, "malformed-uri");
        assertProblem(get("/api/v1/samples?cursor=%%%ZZZ"), 400, "malformed-uri");
        assertProblem(get("/api/v1/samples/{id}"), 400, "malformed-uri");
        assertProblem(get("/api/v1/samples/a|b"), 400, "malformed-uri");
        RawHttp.Answer named = get("/api/v1/samples?page=0&cursor=%%%ZZZ");
        assertThat(named.body()).contains("\"field\":\"cursor\"");
    }

    @Test
    void nulAndInvalidUtf8InThePathOrQueryAreRefused() {
        RawHttp.Answer nul = get("/api/v1/samples/%00");
        assertProblem(nul, 400, "malformed-uri");
        assertThat(nul.body()).contains("NUL").doesNotContain("\\u0000");
        assertProblem(get("/api/v1/samples/%C3%28"), 400, "malformed-uri");
        RawHttp.Answer query = get("/api/v1/samples?page=0&q=a%00b");
        assertProblem(query, 400, "malformed-uri");
        assertThat(query.body()).contains("\"field\":\"q\"");
        // a write with an Idempotency-Key is refused before the key is claimed
        assertProblem(RawHttp.send(base.getPort(), "POST", "/api/v1/samples/%00", Map.of("Idempotency-Key", "k1",
                "Content-Type", "application/json"), "{}".getBytes(StandardCharsets.UTF_8)), 400, "malformed-uri");
    }

    @Test
    void vietnameseTextInTheQueryStillPasses() {
        RawHttp.Answer answer = get("/api/v1/samples?q=%C4%90%E1%BB%93ng%20L%E1%BA%A1c&page=0");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    @Test
    void controlCharactersAndInvalidUtf8InHeadersAreRefused() {
        // Netty itself refuses a raw control byte (NUL included) in a header with a bare 400 before any handler runs
        // (documented in the README); bytes that are not UTF-8 reach us and are refused with a problem
        RawHttp.Answer key = RawHttp.send(base.getPort(), "GET", "/api/v1/samples", Map.of("Idempotency-Key", "k\u00c3\u0028"), null);
        assertProblem(key, 400, "malformed-header");
        assertThat(key.body()).contains("Idempotency-Key");
        assertProblem(RawHttp.send(base.getPort(), "GET", "/api/v1/samples", Map.of("X-Note", "\u00ff"), null), 400, "malformed-header");
    }

    @Test
    void aLongTargetIs414AndLargeHeadersAre431() {
        assertProblem(get("/api/v1/samples/" + "x".repeat(5000)), 414, "uri-too-long");
        assertProblem(RawHttp.send(base.getPort(), "GET", "/api/v1/samples", Map.of("X-Big", "y".repeat(20_000)), null), 431, "headers-too-large");
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndOneUnderItIsRead() {
        byte[] big = ("{\"name\":\"x\",\"level\":\"NTM\",\"pad\":\"" + "y".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            assertProblem(RawHttp.send(base.getPort(), "POST", "/api/v1/samples", Map.of("Content-Type", "application/json"), big, true),
                    413, "payload-too-large");
        }
        assertProblem(RawHttp.send(base.getPort(), "POST", "/api/v1/samples", Map.of("Content-Type", "application/json"), big, false),
                413, "payload-too-large");
        RawHttp.Answer small = RawHttp.send(base.getPort(), "POST", "/api/v1/samples", Map.of("Content-Type", "application/json"),
                "{\"name\":\"Đồng Lạc\",\"level\":\"NTM\"}".getBytes(StandardCharsets.UTF_8), true);
        assertThat(small.status()).as(small.toString()).isEqualTo(201);
        assertThat(small.body()).contains("Đồng Lạc");
    }

    @Test
    void aNulInAJsonStringNamesTheField() {
        RawHttp.Answer answer = RawHttp.send(base.getPort(), "POST", "/api/v1/samples", Map.of("Content-Type", "application/json"),
                "{\"name\":\"a\\u0000b\",\"level\":\"NTM\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(answer, 400, "validation");
        assertThat(answer.body()).contains("\"field\":\"name\"");
    }

    @Test
    void badPagingIsA400NamingTheParameter() {
        for (String page : new String[] {"-1", "1.5", "99999999999999999999", "abc"}) {
            RawHttp.Answer answer = get("/api/v1/samples?page=" + page);
            assertThat(answer.status()).as(page + ": " + answer).isEqualTo(400);
            assertThat(answer.header("content-type")).startsWith("application/problem+json");
        }
    }
}
