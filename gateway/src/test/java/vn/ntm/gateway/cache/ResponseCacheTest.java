package vn.ntm.gateway.cache;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.FakeServices;

/**
 * The gateway as a shared HTTP cache of public GET answers (test profile: 20 entries, 64 KiB, 16 KiB per body). Time
 * is a manual clock: it stands still unless a test moves it.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class ResponseCacheTest {

    /** Frozen at its creation; tests move it forward. */
    static final class ManualClock extends GatewayClock {
        private long now = System.nanoTime();

        @Override
        public long nanos() {
            return now;
        }

        void advanceSeconds(long seconds) {
            now += seconds * 1_000_000_000L;
        }
    }

    private static final String DONG_LAC = "{\"code\":\"%s\",\"name\":\"Xã Đồng Lạc\",\"type\":\"XA\",\"provinceCode\":\"30\"}";

    @Inject
    ResponseCache cache;

    private ManualClock clock;

    @BeforeEach
    void freshCacheAndFrozenTime() {
        clock = new ManualClock();
        QuarkusMock.installMockForType(clock, GatewayClock.class);
        cache.clear();
    }

    @AfterEach
    void emptyCache() {
        cache.clear(); // entries aged by the manual clock must not outlive the test
    }

    @Test
    void publicAnswerIsServedFromTheGatewayWithItsAgeAndTheCurrentRequestId() {
        String path = "/api/v1/communes/10507";
        stub(get(urlEqualTo(path)), publicAnswer(path, "public, max-age=30")
                .withHeader("ETag", "\"v3\"").withHeader("X-Request-Id", "from-service").withHeader("Content-Language", "vi"));

        Response first = given().header("X-Request-Id", "caller-a-1").when().get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("Age")).isNull();
        clock.advanceSeconds(7);

        Response hit = given().header("X-Request-Id", "caller-b-2").when().get(path);
        assertThat(hit.statusCode()).isEqualTo(200);
        assertThat(hit.asString()).isEqualTo(first.asString()).contains("Xã Đồng Lạc");
        assertThat(hit.header("Age")).isEqualTo("7");
        assertThat(hit.headers().getValues("X-Request-Id")).containsExactly("caller-b-2");
        assertThat(hit.header("ETag")).isEqualTo("\"v3\"");
        assertThat(hit.header("Cache-Control")).isEqualTo("public, max-age=30");
        assertThat(hit.header("Content-Language")).isEqualTo("vi");
        assertThat(hit.header("Date")).isNotBlank();
        assertThat(hit.contentType()).startsWith("application/json");
        // every answer carries its own request's rate-limit headers, not the stored request's
        assertThat(hit.header("X-RateLimit-Remaining")).isNotBlank();

        Response head = given().header("X-Request-Id", "caller-c-3").when().head(path);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.header("Content-Length")).isEqualTo(Integer.toString(first.asByteArray().length));
        assertThat(head.header("Age")).isEqualTo("7");
        assertThat(head.headers().getValues("X-Request-Id")).containsExactly("caller-c-3");

        FakeServices.communes.verify(1, getRequestedFor(urlEqualTo(path)));
        FakeServices.communes.verify(0, WireMock.headRequestedFor(urlEqualTo(path)));
    }

    @Test
    void queryIsPartOfTheKey() {
        String path = "/api/v1/communes/10510";
        stub(get(urlPathMatching(path)), publicAnswer(path, "public, max-age=30"));

        given().when().get(path + "?asOf=2025-01-01").then().statusCode(200);
        given().when().get(path + "?asOf=2025-01-01").then().statusCode(200).header("Age", "0");
        given().when().get(path + "?asOf=2025-07-01").then().statusCode(200);
        given().when().get(path).then().statusCode(200);

        FakeServices.communes.verify(1, getRequestedFor(urlEqualTo(path + "?asOf=2025-01-01")));
        FakeServices.communes.verify(1, getRequestedFor(urlEqualTo(path + "?asOf=2025-07-01")));
        FakeServices.communes.verify(1, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void answerIsFetchedAgainOnceItIsMaxAgeOld() {
        String path = "/api/v1/communes/10513";
        stub(get(urlEqualTo(path)), publicAnswer(path, "max-age=10, public"));

        given().when().get(path).then().statusCode(200);
        clock.advanceSeconds(9);
        given().when().get(path).then().statusCode(200).header("Age", "9");
        FakeServices.communes.verify(1, getRequestedFor(urlEqualTo(path)));

        clock.advanceSeconds(1);
        Response fetched = given().when().get(path);
        assertThat(fetched.header("Age")).isNull();
        FakeServices.communes.verify(2, getRequestedFor(urlEqualTo(path)));
        given().when().get(path).then().statusCode(200).header("Age", "0");
        FakeServices.communes.verify(2, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void sharedMaxAgeWinsAndTheServicesAgeCounts() {
        String path = "/api/v1/communes/10514";
        // fresh for s-maxage 20 (not max-age 60), of which the service says 5 are gone
        stub(get(urlEqualTo(path)), publicAnswer(path, "public, max-age=60, s-maxage=20").withHeader("Age", "5"));

        given().when().get(path).then().statusCode(200);
        clock.advanceSeconds(14);
        given().when().get(path).then().statusCode(200).header("Age", "19");
        clock.advanceSeconds(1);
        given().when().get(path).then().statusCode(200);
        FakeServices.communes.verify(2, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void answersThatAreNotPublicOrNotStorableAreNeverStored() {
        String[][] cases = {
                {"/api/v1/communes/10516", "max-age=60"},
                {"/api/v1/communes/10519", "private, max-age=60"},
                {"/api/v1/communes/10525", "public, max-age=60, no-store"},
                {"/api/v1/communes/10528", "public, no-cache, max-age=60"},
                {"/api/v1/communes/10531", "public, max-age=0"},
                {"/api/v1/communes/10532", "public"},
        };
        for (String[] c : cases) {
            stub(get(urlEqualTo(c[0])), publicAnswer(c[0], c[1]));
        }
        String cookie = "/api/v1/communes/10534";
        stub(get(urlEqualTo(cookie)), publicAnswer(cookie, "public, max-age=60").withHeader("Set-Cookie", "session=caller-a"));
        String varying = "/api/v1/communes/10537";
        stub(get(urlEqualTo(varying)), publicAnswer(varying, "public, max-age=60").withHeader("Vary", "Accept-Language"));
        String missing = "/api/v1/communes/10540";
        stub(get(urlEqualTo(missing)), aResponse().withStatus(404).withHeader("Cache-Control", "public, max-age=60")
                .withHeader("Content-Type", "application/problem+json").withBody("{\"status\":404}"));
        String created = "/api/v1/communes/10543";
        stub(get(urlEqualTo(created)), publicAnswer(created, "public, max-age=60").withStatus(203));

        for (String path : new String[] {cases[0][0], cases[1][0], cases[2][0], cases[3][0], cases[4][0], cases[5][0],
                cookie, varying, missing, created}) {
            given().when().get(path);
            Response second = given().when().get(path);
            assertThat(second.header("Age")).as(path).isNull();
            FakeServices.communes.verify(2, getRequestedFor(urlEqualTo(path)));
        }
        // the cookie of the first caller went to that caller only, each time from the service
        assertThat(cache.entries()).isZero();
    }

    @Test
    void requestNoCacheOrNoStoreGoesToTheService() {
        String path = "/api/v1/communes/10546";
        stub(get(urlEqualTo(path)), publicAnswer(path, "public, max-age=30"));
        given().when().get(path).then().statusCode(200);

        given().header("Cache-Control", "no-cache").when().get(path).then().statusCode(200);
        FakeServices.communes.verify(2, getRequestedFor(urlEqualTo(path)));
        given().header("Cache-Control", "no-store").when().get(path).then().statusCode(200);
        FakeServices.communes.verify(3, getRequestedFor(urlEqualTo(path)));
        given().header("Pragma", "no-cache").when().get(path).then().statusCode(200);
        FakeServices.communes.verify(4, getRequestedFor(urlEqualTo(path)));
        clock.advanceSeconds(3);
        // a request accepting nothing older than 2 s
        given().header("Cache-Control", "max-age=2").when().get(path).then().statusCode(200);
        FakeServices.communes.verify(5, getRequestedFor(urlEqualTo(path)));

        given().when().get(path).then().statusCode(200).header("Age", "0");
        FakeServices.communes.verify(5, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void matchingIfNoneMatchIsA304FromTheGateway() {
        String path = "/api/v1/communes/10549";
        stub(get(urlEqualTo(path)), publicAnswer(path, "public, max-age=30").withHeader("ETag", "\"v7\""));
        given().when().get(path).then().statusCode(200);
        clock.advanceSeconds(2);

        for (String condition : new String[] {"\"v7\"", "W/\"v7\"", "\"v5\", \"v7\"", "*"}) {
            Response notModified = given().header("If-None-Match", condition).header("X-Request-Id", "revalidate-1").when().get(path);
            assertThat(notModified.statusCode()).as(condition).isEqualTo(304);
            assertThat(notModified.header("ETag")).isEqualTo("\"v7\"");
            assertThat(notModified.header("Age")).isEqualTo("2");
            assertThat(notModified.header("Cache-Control")).isEqualTo("public, max-age=30");
            assertThat(notModified.headers().getValues("X-Request-Id")).containsExactly("revalidate-1");
            assertThat(notModified.asByteArray()).isEmpty();
        }
        given().header("If-None-Match", "\"v6\"").when().get(path).then().statusCode(200).header("Age", "2");
        FakeServices.communes.verify(1, getRequestedFor(urlEqualTo(path)));
    }

    @Test
    void successfulWriteToThePathInvalidatesItsAnswers() {
        String list = "/api/v1/communes";
        String one = "/api/v1/communes/10552";
        stub(get(urlPathMatching(list)), publicAnswer(list, "public, max-age=30"));
        stub(get(urlPathMatching(one)), publicAnswer(one, "public, max-age=30"));
        stub(post(urlEqualTo(list)), aResponse().withStatus(201).withHeader("Location", one).withBody("{}"));
        stub(put(urlEqualTo(one)), aResponse().withStatus(409).withBody("{}"));

        given().when().get(list + "?province=30").then().statusCode(200);
        given().when().get(list + "?province=31").then().statusCode(200);
        given().when().get(one).then().statusCode(200);
        given().when().get(one + "?asOf=2025-01-01").then().statusCode(200);

        // a refused write changes nothing: still served by the gateway
        given().body("{}").contentType("application/json").when().put(one).then().statusCode(409);
        given().when().get(one).then().statusCode(200).header("Age", "0");
        FakeServices.communes.verify(1, getRequestedFor(urlEqualTo(one)));

        // a created unit: the listing (every query) and the unit its Location names are fetched again
        given().body("{\"code\":\"10552\"}").contentType("application/json").when().post(list).then().statusCode(201);
        for (String path : new String[] {list + "?province=30", list + "?province=31", one, one + "?asOf=2025-01-01"}) {
            Response again = given().when().get(path);
            assertThat(again.header("Age")).as(path).isNull();
            FakeServices.communes.verify(2, getRequestedFor(urlEqualTo(path)));
        }
    }

    @Test
    void cacheIsBoundedInEntriesAndBytes() {
        stubOcop(get(urlPathMatching("/api/v1/ocop/products/[^/]+")), aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withHeader("Cache-Control", "public, max-age=60")
                .withBody("{\"name\":\"Vải thiều Thanh Hà\",\"note\":\"" + "x".repeat(1_000) + "\"}"));
        for (int i = 0; i < 40; i++) {
            given().when().get("/api/v1/ocop/products/" + UUID.randomUUID()).then().statusCode(200);
        }
        assertThat(cache.entries()).isPositive().isLessThanOrEqualTo(20);
        assertThat(cache.weighedBytes()).isLessThanOrEqualTo(64 * 1024);

        // a body over the per-entry limit passes through without being stored
        String big = "/api/v1/ocop/products/big-catalogue";
        stubOcop(get(urlEqualTo(big)), aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Cache-Control", "public, max-age=60").withBody("{\"note\":\"" + "y".repeat(20_000) + "\"}"));
        given().when().get(big).then().statusCode(200);
        given().when().get(big).then().statusCode(200);
        FakeServices.ocop.verify(2, getRequestedFor(urlEqualTo(big)));
    }

    @Test
    void getWithABodyGoesToTheService() {
        String path = "/api/v1/communes/10555";
        stub(get(urlEqualTo(path)), publicAnswer(path, "public, max-age=30"));
        given().when().get(path).then().statusCode(200);
        // a GET carrying a body is the service's to answer
        given().body("{}").contentType("application/json").when().get(path).then().statusCode(200);
        FakeServices.communes.verify(2, getRequestedFor(urlEqualTo(path)));
    }

    private static ResponseDefinitionBuilder publicAnswer(String path, String cacheControl) {
        String code = path.substring(path.lastIndexOf('/') + 1);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Cache-Control", cacheControl).withBody(DONG_LAC.formatted(code));
    }

    private static void stub(MappingBuilder request, ResponseDefinitionBuilder response) {
        FakeServices.communes.stubFor(request.willReturn(response));
    }

    private static void stubOcop(MappingBuilder request, ResponseDefinitionBuilder response) {
        FakeServices.ocop.stubFor(request.willReturn(response));
    }
}
