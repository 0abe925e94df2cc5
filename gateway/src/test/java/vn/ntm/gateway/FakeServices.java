package vn.ntm.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * The three services, faked by WireMock (one server each). With the init argument {@code down=<service>} that
 * service's address points at a port where nothing listens: the service is down.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    public static WireMockServer communes;
    public static WireMockServer ocop;
    public static WireMockServer campaign;

    private String down;

    @Override
    public void init(Map<String, String> initArgs) {
        down = initArgs.get("down");
    }

    @Override
    public Map<String, String> start() {
        communes = started();
        ocop = started();
        campaign = started();
        Map<String, String> config = new HashMap<>();
        config.put("ntm.gateway.upstreams.communes", url("communes", communes));
        config.put("ntm.gateway.upstreams.ocop", url("ocop", ocop));
        config.put("ntm.gateway.upstreams.campaign", url("campaign", campaign));
        return config;
    }

    private String url(String service, WireMockServer server) {
        return "http://localhost:" + (service.equals(down) ? closedPort() : server.port());
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort().containerThreads(24).gzipDisabled(true));
        server.start();
        return server;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        for (WireMockServer server : new WireMockServer[] {communes, ocop, campaign}) {
            if (server != null) {
                server.stop();
            }
        }
    }
}
