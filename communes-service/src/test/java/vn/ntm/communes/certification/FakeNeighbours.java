package vn.ntm.communes.certification;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * campaign-service and ocop-service, faked by one WireMock server. The short test timeout and the lenient breaker are
 * the %test settings of application.properties.
 */
public class FakeNeighbours implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = "http://localhost:" + server.port();
        return Map.of("quarkus.rest-client.campaign.url", url, "quarkus.rest-client.ocop.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
