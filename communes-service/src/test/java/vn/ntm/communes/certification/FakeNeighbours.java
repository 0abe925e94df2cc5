package vn.ntm.communes.certification;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * campaign-service and ocop-service, faked by one WireMock server. Timeouts are short so that the "dependency too
 * slow" test is quick; the breaker is set so that the few failures the tests provoke never open it.
 */
public class FakeNeighbours implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = "http://localhost:" + server.port();
        String guarded = "quarkus.fault-tolerance.\"vn.ntm.communes.certification.GuardedCalls\".";
        return Map.of(
                "quarkus.rest-client.campaign.url", url,
                "quarkus.rest-client.ocop.url", url,
                guarded + "timeout.value", "600",
                guarded + "circuit-breaker.request-volume-threshold", "50",
                guarded + "circuit-breaker.failure-ratio", "0.9");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
