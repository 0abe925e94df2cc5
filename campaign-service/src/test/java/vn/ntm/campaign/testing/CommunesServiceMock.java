package vn.ntm.campaign.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * communes-service, faked: answers {@code GET /api/v1/communes/{code}} and {@code GET /api/v1/provinces/{code}} for real
 * GSO units, 404 for any other code.
 * Hải Dương (30) and Nam Định (36) units are answered as they were before the 1 July 2025 reform (ended on
 * 30 June 2025); Hải Phòng (31) and Hưng Yên (33) units as they exist since.
 */
public class CommunesServiceMock implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    /** code, name, type, province, validFrom, validTo */
    private static final String[][] UNITS = {
            {"10894", "Xã Cẩm Hưng", "XA", "30", null, "2025-06-30"},
            {"10924", "Xã Lương Điền", "XA", "30", null, "2025-06-30"},
            {"10657", "Xã Đồng Lạc", "XA", "30", null, "2025-06-30"},
            {"10612", "Xã Nam Tân", "XA", "30", null, "2025-06-30"},
            {"10780", "Xã Kim Anh", "XA", "30", null, "2025-06-30"},
            {"10630", "Xã An Bình", "XA", "30", null, "2025-06-30"},
            {"10663", "Xã An Thượng", "XA", "30", null, "2025-06-30"},
            {"10822", "Xã Quyết Thắng", "XA", "30", null, "2025-06-30"},
            {"13711", "Xã Mỹ Hà", "XA", "36", null, "2025-06-30"},
            {"13717", "Xã Mỹ Thắng", "XA", "36", null, "2025-06-30"},
            {"13720", "Xã Mỹ Trung", "XA", "36", null, "2025-06-30"},
            {"10606", "Xã Nam Sách", "XA", "31", "2025-07-01", null},
            {"10615", "Xã Hợp Tiến", "XA", "31", "2025-07-01", null},
            {"10633", "Xã Trần Phú", "XA", "31", "2025-07-01", null},
            {"10756", "Xã Lai Khê", "XA", "31", "2025-07-01", null},
            {"10705", "Xã Nam An Phụ", "XA", "31", "2025-07-01", null},
            {"10750", "Xã Phú Thái", "XA", "31", "2025-07-01", null},
            {"10813", "Xã Thanh Hà", "XA", "31", "2025-07-01", null},
            {"10882", "Xã Hà Đông", "XA", "31", "2025-07-01", null},
            {"10903", "Xã Cẩm Giàng", "XA", "31", "2025-07-01", null},
            {"10909", "Xã Tuệ Tĩnh", "XA", "31", "2025-07-01", null},
            {"10930", "Xã Mao Điền", "XA", "31", "2025-07-01", null},
            {"10945", "Xã Kẻ Sặt", "XA", "31", "2025-07-01", null},
            {"10993", "Xã Thượng Hồng", "XA", "31", "2025-07-01", null},
            {"10999", "Xã Gia Lộc", "XA", "31", "2025-07-01", null},
            {"11020", "Xã Yết Kiêu", "XA", "31", "2025-07-01", null},
            {"11050", "Xã Gia Phúc", "XA", "31", "2025-07-01", null},
            {"11065", "Xã Trường Tân", "XA", "31", "2025-07-01", null},
            {"11074", "Xã Tứ Kỳ", "XA", "31", "2025-07-01", null},
            {"11086", "Xã Đại Sơn", "XA", "31", "2025-07-01", null},
            {"11113", "Xã Tân Kỳ", "XA", "31", "2025-07-01", null},
            {"10525", "Phường Hải Dương", "PHUONG", "31", "2025-07-01", null},
            {"10966", "Xã Bình Giang", "XA", "31", "2025-07-01", null},
            {"10972", "Xã Đường An", "XA", "31", "2025-07-01", null},
            {"11977", "Xã Tân Hưng", "XA", "33", "2025-07-01", null},
            {"11992", "Xã Lạc Đạo", "XA", "33", "2025-07-01", null},
            {"11995", "Xã Đại Đồng", "XA", "33", "2025-07-01", null},
    };

    /** code, name, validFrom, validTo */
    private static final String[][] PROVINCES = {
            {"30", "Tỉnh Hải Dương", "1997-01-01", "2025-06-30"},
            {"36", "Tỉnh Nam Định", "1997-01-01", "2025-06-30"},
            {"31", "Thành phố Hải Phòng", "2025-07-01", null},
            {"33", "Tỉnh Hưng Yên", "2025-07-01", null},
    };

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        server.stubFor(get(urlPathMatching("/api/v1/communes/.*")).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://ntm.example/problems/not-found\",\"title\":\"Not found\",\"status\":404}")));
        for (String[] u : UNITS) {
            server.stubFor(get(urlPathEqualTo("/api/v1/communes/" + u[0])).atPriority(5).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(json(u))));
        }
        server.stubFor(get(urlPathMatching("/api/v1/provinces/.*")).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://ntm.example/problems/not-found\",\"title\":\"Not found\",\"status\":404}")));
        for (String[] p : PROVINCES) {
            server.stubFor(get(urlPathEqualTo("/api/v1/provinces/" + p[0])).atPriority(5).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"code\":\"" + p[0] + "\",\"name\":\"" + p[1] + "\",\"validFrom\":\"" + p[2] + "\""
                            + (p[3] == null ? ",\"status\":\"ACTIVE\"" : ",\"validTo\":\"" + p[3] + "\",\"status\":\"ENDED\"") + "}")));
        }
        stubSurveyRules();
        return Map.of("quarkus.rest-client.communes.url", server.baseUrl());
    }

    /**
     * The satisfaction-survey rule of the recognition procedure in force, per level and start date: version 1 (district verification) up to 30/06/2025,
     * version 2 (the province's) since, as communes-service ships them, none before 2021 (no 2021-2025 procedure then). The
     * figures are the ones campaign-service used to hold as its own settings, so that results computed before keep
     * their expected values; {@link #RULE_SOURCE} lets tests see that the rule came from here.
     */
    private static void stubSurveyRules() {
        String path = "/api/v1/procedure-versions/survey-rule";
        server.stubFor(get(urlPathEqualTo(path)).atPriority(10).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://ntm.example/problems/not-found\",\"title\":\"Not found\",\"status\":404}")));
        for (String level : new String[] {"NTM", "ADVANCED", "MODEL"}) {
            server.stubFor(get(urlPathEqualTo(path)).atPriority(5).withQueryParam("level", equalTo(level))
                    .withQueryParam("date", matching("2021-.*|2022-.*|2023-.*|2024-.*|2025-0[1-6]-.*"))
                    .willReturn(rule("NTM-RECOGNITION", 1, level)));
            server.stubFor(get(urlPathEqualTo(path)).atPriority(5).withQueryParam("level", equalTo(level))
                    .withQueryParam("date", matching("2025-(0[7-9]|1[0-2])-.*|202[6-9]-.*|2030-.*"))
                    .willReturn(rule("NTM-RECOGNITION", 2, level)));
        }
    }

    /** Named in every rule the fake gives, so a test can tell the result was judged by communes-service's rule. */
    public static final String RULE_SOURCE = "fake communes-service procedure rule; [I] pass at 90% satisfied: 2021-2025 practice; "
            + "coverage floor 60% of households: Hải Dương 2018 practice";

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder rule(String procedure, int version, String level) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"procedureCode\":\"" + procedure + "\",\"version\":" + version + ",\"level\":\"" + level + "\","
                        + "\"coverageFloor\":0.60,\"passRate\":0.90,\"source\":\"" + RULE_SOURCE + "\",\"confidence\":\"I\"}");
    }

    private static String json(String[] u) {
        return "{\"code\":\"" + u[0] + "\",\"name\":\"" + u[1] + "\",\"type\":\"" + u[2] + "\",\"provinceCode\":\"" + u[3]
                + "\",\"status\":\"" + (u[5] == null ? "ACTIVE" : "ENDED") + "\""
                + (u[4] == null ? "" : ",\"validFrom\":\"" + u[4] + "\"")
                + (u[5] == null ? "" : ",\"validTo\":\"" + u[5] + "\"") + "}";
    }

    /** The province the fake gives a commune, or null for a code it does not know. */
    public static String provinceOf(String communeCode) {
        for (String[] u : UNITS) {
            if (u[0].equals(communeCode)) {
                return u[3];
            }
        }
        return null;
    }

    /** The running fake, for tests that add their own stubs (for example a failing commune). */
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
