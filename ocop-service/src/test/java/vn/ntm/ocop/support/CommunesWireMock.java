package vn.ntm.ocop.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * communes-service, faked with real GSO codes of Hải Dương (province 30, before 1 July 2025) and one Hà Giang ward.
 * Unknown codes answer 404 (WireMock's default); {@link #DOWN_CODE} resets the connection as a crashed service would.
 */
public class CommunesWireMock implements QuarkusTestResourceLifecycleManager {

    /** Xã Tân Việt (Thanh Hà): its lookups fail at the network level. */
    public static final String DOWN_CODE = "10825";
    /** Xã Tân An (Thanh Hà): answered as ended on 2025-06-30. */
    public static final String ENDED_CODE = "10840";
    /** A well-formed code no unit has. */
    public static final String UNKNOWN_CODE = "10999";

    static WireMockServer server;

    private static final Map<String, String[]> UNITS = Map.ofEntries(
            Map.entry("10867", new String[] {"Xã Thanh Sơn", "XA", "30"}),
            Map.entry("10642", new String[] {"Xã Thái Tân", "XA", "30"}),
            Map.entry("10516", new String[] {"Phường Quang Trung", "PHUONG", "30"}),
            Map.entry("10630", new String[] {"Xã An Bình", "XA", "30"}),
            Map.entry("10813", new String[] {"Thị trấn Thanh Hà", "THI_TRAN", "30"}),
            Map.entry("10834", new String[] {"Xã Thanh Lang", "XA", "30"}),
            Map.entry("10657", new String[] {"Xã Đồng Lạc", "XA", "30"}),
            Map.entry("00688", new String[] {"Phường Quang Trung", "PHUONG", "02"}));

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        UNITS.forEach((code, unit) -> server.stubFor(get(urlPathEqualTo("/api/v1/communes/" + code)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"" + code + "\",\"name\":\"" + unit[0] + "\",\"type\":\"" + unit[1] + "\",\"provinceCode\":\"" + unit[2]
                        + "\",\"status\":\"ACTIVE\",\"validFrom\":\"2008-08-01\",\"validTo\":null,\"someFutureField\":1}"))));
        // as communes-service answers: the unit with status ACTIVE on a date it existed, ENDED (with its last day) after
        server.stubFor(get(urlPathEqualTo("/api/v1/communes/" + ENDED_CODE)).atPriority(1)
                .withQueryParam("asOf", matching("(19|20[01])\\d-.*|202[0-4]-.*|2025-0[1-6]-.*")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"10840\",\"name\":\"Xã Tân An\",\"type\":\"XA\",\"provinceCode\":\"30\",\"status\":\"ACTIVE\","
                        + "\"validFrom\":\"2008-08-01\",\"validTo\":\"2025-06-30\"}")));
        server.stubFor(get(urlPathEqualTo("/api/v1/communes/" + ENDED_CODE)).atPriority(5).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"10840\",\"name\":\"Xã Tân An\",\"type\":\"XA\",\"provinceCode\":\"30\",\"status\":\"ENDED\","
                        + "\"validFrom\":\"2008-08-01\",\"validTo\":\"2025-06-30\",\"successors\":[{\"code\":\"10813\",\"name\":\"Xã Thanh Hà\"}]}")));
        server.stubFor(get(urlPathEqualTo("/api/v1/communes/" + DOWN_CODE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        return Map.of("communes.wiremock.port", String.valueOf(server.port()));
    }

    public static WireMockServer server() {
        return server;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
