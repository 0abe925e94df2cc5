package vn.ntm.gateway.view;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ntm.gateway.view.ViewStubs.json;
import static vn.ntm.gateway.view.ViewStubs.notFound;
import static vn.ntm.gateway.view.ViewStubs.serverError;
import static vn.ntm.gateway.view.ViewStubs.stub;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.FakeServices;

@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class DashboardViewTest {

    private static void provinceEverywhere(String code, int year) {
        stub(FakeServices.communes, "/api/v1/provinces/" + code + "/progress?year=" + year,
                json("{\"provinceCode\":\"" + code + "\",\"year\":" + year + ",\"communes\":151,"
                        + "\"levels\":[{\"level\":\"ADVANCED\",\"recognised\":75,\"target\":94}]}"));
        stub(FakeServices.ocop, "/api/v1/ocop/statistics?province=" + code,
                json("{\"activeProducts\":312,\"byStars\":{\"3\":241,\"4\":68,\"5\":3}}"));
        stub(FakeServices.campaign, "/api/v1/surveys/statistics?province=" + code + "&year=" + year,
                json("{\"surveys\":12,\"coverage\":0.8812,\"passRate\":0.9}"));
        stub(FakeServices.campaign, "/api/v1/contributions/totals?province=" + code,
                json("{\"cashVnd\":12500000000,\"landSquareMetres\":48250,\"workdays\":91000}"));
    }

    @Test
    void dashboardAssemblesEveryPart() {
        provinceEverywhere("30", 2025);

        given().queryParam("year", 2025).when().get("/api/v1/views/provinces/30/dashboard")
                .then().statusCode(200)
                .body("provinceCode", equalTo("30"))
                .body("year", equalTo(2025))
                .body("progress.levels[0].target", equalTo(94))
                .body("ocop.byStars.'5'", equalTo(3))
                .body("surveys.coverage", equalTo(0.8812f))
                .body("contributions.workdays", equalTo(91000))
                .body("meta.partial", equalTo(false));
    }

    @Test
    void yearDefaultsToTheCurrentYearInVietnam() {
        int year = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();
        provinceEverywhere("33", year);

        given().when().get("/api/v1/views/provinces/33/dashboard")
                .then().statusCode(200).body("year", equalTo(year));
        FakeServices.communes.verify(getRequestedFor(urlEqualTo("/api/v1/provinces/33/progress?year=" + year)));
    }

    @Test
    void failingServiceGivesAPartialDashboard() {
        provinceEverywhere("34", 2024);
        stub(FakeServices.campaign, "/api/v1/surveys/statistics?province=34&year=2024", serverError());
        stub(FakeServices.campaign, "/api/v1/contributions/totals?province=34", serverError());

        given().queryParam("year", 2024).when().get("/api/v1/views/provinces/34/dashboard")
                .then().statusCode(200)
                .body("progress.communes", equalTo(151))
                .body("surveys", nullValue())
                .body("contributions", nullValue())
                .body("meta.partial", equalTo(true))
                .body("meta.unavailable", contains("campaign"))
                .body("meta.parts.surveys", equalTo("UNAVAILABLE"));
    }

    @Test
    void provinceNoServiceKnowsIsA404() {
        stub(FakeServices.communes, "/api/v1/provinces/98/progress?year=2025", notFound());
        stub(FakeServices.ocop, "/api/v1/ocop/statistics?province=98", notFound());
        stub(FakeServices.campaign, "/api/v1/surveys/statistics?province=98&year=2025", notFound());
        stub(FakeServices.campaign, "/api/v1/contributions/totals?province=98", notFound());

        given().queryParam("year", 2025).when().get("/api/v1/views/provinces/98/dashboard")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badInputIsA400Problem() {
        given().queryParam("year", 1999).when().get("/api/v1/views/provinces/30/dashboard")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        given().when().get("/api/v1/views/provinces/300/dashboard")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("year", "last").when().get("/api/v1/views/provinces/30/dashboard")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
