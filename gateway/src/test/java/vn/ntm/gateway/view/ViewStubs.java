package vn.ntm.gateway.view;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import vn.ntm.gateway.FakeServices;

/** Answers of the faked services for the view calls, shaped as in docs/architecture.md. */
final class ViewStubs {

    private ViewStubs() {
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    static ResponseDefinitionBuilder notFound() {
        return aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://ntm.example/problems/not-found\",\"status\":404,\"title\":\"Not found\"}");
    }

    static ResponseDefinitionBuilder serverError() {
        return aResponse().withStatus(500).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://ntm.example/problems/internal\",\"status\":500,\"title\":\"Internal error\"}");
    }

    static void stub(WireMockServer server, String url, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlEqualTo(url)).willReturn(answer));
    }

    /** Every service answers for this commune. */
    static void communeEverywhere(String code, String name) {
        stub(FakeServices.communes, "/api/v1/communes/" + code,
                json("{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"type\":\"XA\",\"provinceCode\":\"30\",\"status\":\"ACTIVE\"}"));
        stub(FakeServices.communes, "/api/v1/communes/" + code + "/recognitions",
                json("{\"items\":[{\"level\":\"ADVANCED\",\"year\":2024,\"decisionNumber\":\"1234/QĐ-UBND\"},"
                        + "{\"level\":\"NTM\",\"year\":2019,\"decisionNumber\":\"4321/QĐ-UBND\"}]}"));
        stub(FakeServices.communes, "/api/v1/assessments?commune=" + code + "&size=1",
                json("{\"items\":[{\"level\":\"MODEL\",\"year\":2025,\"state\":\"SUBMITTED\"}],\"page\":0,\"size\":1,\"totalItems\":3}"));
        stub(FakeServices.ocop, "/api/v1/ocop/communes/" + code + "/summary",
                json("{\"activeProducts\":4,\"byStars\":{\"3\":3,\"4\":1,\"5\":0},\"highestStars\":4}"));
        stub(FakeServices.campaign, "/api/v1/communes/" + code + "/satisfaction",
                json("{\"surveyId\":\"0b7e3c52-4f7a-4d6c-9a51-2f3e8d1c6a90\",\"state\":\"CLOSED\",\"householdsInScope\":2150,"
                        + "\"formsReturned\":1985,\"coverage\":0.9233,\"coverageFloor\":0.7,\"coverageMet\":true,"
                        + "\"overallRate\":0.9521,\"passRate\":0.9,\"passed\":true}"));
    }
}
