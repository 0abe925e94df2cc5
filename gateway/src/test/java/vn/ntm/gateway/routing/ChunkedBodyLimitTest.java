package vn.ntm.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.FakeServices;

/**
 * A chunked body (no Content-Length) over {@code ntm.http.max-body-size} is refused by the gateway with a 413
 * problem while it streams: the service never receives it whole, and the caller gets the problem, not a reset.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class ChunkedBodyLimitTest {

    private static final String PATH = "/api/v1/ocop/products";

    @TestHTTPResource("/")
    URI gateway;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void chunkedBodiesOverTheLimitAre413ProblemsEveryTime() throws Exception {
        FakeServices.ocop.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"x\"}")));
        for (int megabytes : List.of(5, 3, 5)) {
            HttpResponse<String> answer = postChunked(megabytes * 1024 * 1024, "big-" + megabytes);

            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
            JsonObject problem = new JsonObject(answer.body());
            assertThat(problem.getString("type")).isEqualTo("https://ntm.example/problems/payload-too-large");
            assertThat(problem.getString("requestId")).isEqualTo("big-" + megabytes);
            assertThat(problem.getString("instance")).isEqualTo(PATH);
        }
        FakeServices.ocop.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void chunkedBodiesWithinTheLimitStreamThroughWhole() throws Exception {
        String path = "/api/v1/surveys/5e0c/responses";
        FakeServices.campaign.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"accepted\":true}")));
        byte[] body = new byte[1024 * 1024 + 17];
        Arrays.fill(body, (byte) 'a');

        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(gateway.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(202);
        List<LoggedRequest> sent = FakeServices.campaign.findAll(postRequestedFor(urlEqualTo(path)));
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).getBody()).hasSize(body.length);
    }

    private HttpResponse<String> postChunked(int bytes, String requestId) throws Exception {
        byte[] body = new byte[bytes];
        Arrays.fill(body, (byte) 'x');
        // ofInputStream has no length: the client sends Transfer-Encoding: chunked
        return client.send(HttpRequest.newBuilder(gateway.resolve(PATH))
                .header("Content-Type", "application/json").header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
