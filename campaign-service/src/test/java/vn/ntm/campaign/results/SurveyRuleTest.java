package vn.ntm.campaign.results;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ntm.campaign.results.SurveyResultTest.enter;
import static vn.ntm.campaign.testing.Fixtures.close;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.etag;
import static vn.ntm.campaign.testing.Fixtures.overallQuestion;
import static vn.ntm.campaign.testing.Fixtures.question;
import static vn.ntm.campaign.testing.Fixtures.survey;
import static vn.ntm.campaign.testing.Fixtures.village;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;

/**
 * A recognition survey is judged by the satisfaction-survey rule of the recognition procedure version in force on its
 * start, read from communes-service, and the result says which version it was (issue 17: one rule, one place). When
 * communes-service cannot say, the close is refused and the survey stays open, unchanged.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class SurveyRuleTest {

    private static final String RULE_PATH = "/api/v1/procedure-versions/survey-rule";

    private static Map<String, Object> recognition(String commune, String level, int year, LocalDate start) {
        Map<String, Object> body = survey(commune, "RECOGNITION", level, year,
                List.of(village("THON-1", "Thôn 1", 10)),
                List.of(question("Q1", "Ông/bà có được thông tin về quy hoạch xây dựng nông thôn mới của xã không?"),
                        overallQuestion("Q9", "Nhìn chung, ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?")));
        if (start != null) {
            body.put("startDate", start.toString());
        }
        return body;
    }

    @Test
    void aRecognitionSurveyIsJudgedByTheProcedureVersionInForceOnItsStart() {
        String survey = createOpen(recognition("10903", "ADVANCED", 2026, null));
        enter(survey, "THON-1", "Q1:S Q9:S", "Q1:S Q9:S", "Q1:S Q9:S", "Q1:S Q9:S", "Q1:S Q9:S", "Q1:S Q9:S", "Q1:N Q9:S");
        LocalDate today = LegalDate.today();

        close(survey).then().statusCode(200)
                .body("ruleVersion", equalTo("NTM-RECOGNITION/v2"))
                .body("thresholdsSource", containsString(CommunesServiceMock.RULE_SOURCE))
                .body("coverageFloor", equalTo(0.6f))
                .body("passRate", equalTo(0.9f))
                .body("passed", equalTo(true))
                .body("closedOn", equalTo(today.toString()));
        // communes-service reads the same two facts beside the verdict
        given().get("/api/v1/communes/10903/satisfaction?level=ADVANCED&year=2026").then().statusCode(200)
                .body("surveyId", equalTo(survey))
                .body("ruleVersion", equalTo("NTM-RECOGNITION/v2"))
                .body("closedOn", equalTo(today.toString()));
    }

    @Test
    void aSurveyStartedBeforeJuly2025IsJudgedByTheDistrictVersion() {
        String survey = createOpen(recognition("10924", "NTM", 2025, LocalDate.of(2025, 5, 12)));
        enter(survey, "THON-1", "Q1:S Q9:S", "Q1:S Q9:S", "Q1:S Q9:S", "Q1:S Q9:S", "Q1:S Q9:S", "Q1:S Q9:N");

        close(survey).then().statusCode(200)
                .body("ruleVersion", equalTo("NTM-RECOGNITION/v1"))
                .body("coverageMet", equalTo(true))
                .body("passed", equalTo(false));   // 5 of 6 = 0.8333 < 0.90
    }

    @Test
    void withNoRuleInForceTheCloseIsRefusedAndTheSurveyStaysOpen() {
        String survey = createOpen(recognition("10909", "MODEL", 2026, null));
        enter(survey, "THON-1", "Q1:S Q9:S");
        StubMapping none = CommunesServiceMock.server().stubFor(get(urlPathEqualTo(RULE_PATH)).atPriority(1)
                .withQueryParam("level", WireMock.equalTo("MODEL"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\":\"https://ntm.example/problems/not-found\",\"title\":\"Not found\",\"status\":404}")));
        String before = etag(survey);
        try {
            close(survey).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://ntm.example/problems/precondition-unmet"))
                    .body("context.unmetConditions[0].code", equalTo("SURVEY_RULE"))
                    .body("detail", containsString("level MODEL"))
                    .body("detail", containsString("Nothing was changed"));
            given().get("/api/v1/surveys/" + survey).then().statusCode(200).body("state", equalTo("OPEN")).header("ETag", equalTo(before));
            given().get("/api/v1/surveys/" + survey + "/results").then().statusCode(409);
        } finally {
            CommunesServiceMock.server().removeStub(none);
        }
        close(survey).then().statusCode(200).body("ruleVersion", equalTo("NTM-RECOGNITION/v2"));
    }

    @Test
    void whenCommunesServiceIsDownTheCloseIsA503WithRetryAfterAndChangesNothing() {
        String survey = createOpen(recognition("10930", "NTM", 2026, null));
        enter(survey, "THON-1", "Q1:S Q9:S");
        StubMapping down = CommunesServiceMock.server().stubFor(get(urlPathEqualTo(RULE_PATH)).atPriority(1)
                .withQueryParam("level", WireMock.equalTo("NTM"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        String before = etag(survey);
        try {
            close(survey).then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("10"))
                    .body("type", equalTo("https://ntm.example/problems/dependency-unavailable"))
                    .body("context.dependency", equalTo("communes-service"));
            given().get("/api/v1/surveys/" + survey).then().statusCode(200).body("state", equalTo("OPEN")).header("ETag", equalTo(before));
        } finally {
            CommunesServiceMock.server().removeStub(down);
        }
        close(survey).then().statusCode(200).body("ruleVersion", equalTo("NTM-RECOGNITION/v2"));
    }

    @Test
    void aPeriodicSurveyKeepsThisServicesOwnRule() {
        String survey = createOpen(survey("10945", "PERIODIC", null, 2026,
                List.of(village("THON-1", "Thôn 1", 10)),
                List.of(overallQuestion("Q9", "Nhìn chung, ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?"))));
        enter(survey, "THON-1", "Q9:S");
        close(survey).then().statusCode(200)
                .body("ruleVersion", nullValue())
                .body("thresholdsSource", containsString("Hải Dương 2018"));
    }
}
