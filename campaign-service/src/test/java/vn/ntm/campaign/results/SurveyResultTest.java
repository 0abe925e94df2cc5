package vn.ntm.campaign.results;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.ntm.campaign.testing.Callers.administrator;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.Callers.surveyorOf;
import static vn.ntm.campaign.testing.Fixtures.answers;
import static vn.ntm.campaign.testing.Fixtures.close;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.question;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;
import static vn.ntm.campaign.testing.Fixtures.survey;
import static vn.ntm.campaign.testing.Fixtures.village;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;

/** What closing a survey computes, and how the result is read by people and by communes-service. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class SurveyResultTest {

    @Test
    void ratesPerQuestionVillageAndOverallWithAnOverallQuestion() {
        String survey = createOpen(standardSurvey("10882", 2026));
        enter(survey, "THON-DONG",
                "Q1:S Q2:S Q9:S",
                "Q1:S Q2:S Q9:S",
                "Q1:N:Chưa được thông tin quy hoạch Q2:S Q9:S",
                "Q1:S Q2:N:Đường liên thôn xuống cấp Q9:S",
                "Q1:S Q2:N:Đường liên thôn xuống cấp Q9:N",
                "Q1:S Q2:S Q9:S",
                "Q1:N:Chưa được thông tin quy hoạch Q2:S Q9:S");
        enter(survey, "THON-DOAI",
                "Q1:S Q2:S Q9:S",
                "Q1:S Q2:S Q9:S",
                "Q1:S Q2:N Q9:S",
                "Q1:N:Quy hoạch chưa công khai Q2:S Q9:S",
                "Q1:S Q2:S Q9:S");

        JsonPath result = close(survey).then().statusCode(200)
                .body("surveyId", equalTo(survey))
                .body("state", equalTo("CLOSED"))
                .body("closedAt", notNullValue())
                .body("householdsInScope", equalTo(20))
                .body("formsReturned", equalTo(12))
                .body("coverage", equalTo(0.6f))
                .body("coveragePercent", equalTo(60.0f))
                .body("coverageFloor", equalTo(0.6f))
                .body("coverageMet", equalTo(true))                  // exactly at the floor
                .body("overallBasis", equalTo("OVERALL_QUESTION"))
                .body("overallQuestionCode", equalTo("Q9"))
                .body("overallSatisfied", equalTo(11))
                .body("overallRate", equalTo(0.9167f))
                .body("overallPercent", equalTo(91.7f))
                .body("passRate", equalTo(0.9f))
                .body("passed", equalTo(true))
                .body("thresholdsSource", containsString("Hải Dương 2018"))
                .extract().jsonPath();

        assertThat(result.getList("perQuestion.questionCode")).containsExactly("Q1", "Q2", "Q9");
        assertThat(result.getList("perQuestion.rate", Float.class)).containsExactly(0.75f, 0.75f, 0.9167f);
        assertThat(result.getList("perQuestion.satisfied", Integer.class)).containsExactly(9, 9, 11);
        assertThat(result.getInt("perQuestion[0].notSatisfiedWithReason")).isEqualTo(3);
        assertThat(result.getList("perQuestion[0].reasons.reason")).containsExactly("Chưa được thông tin quy hoạch", "Quy hoạch chưa công khai");
        assertThat(result.getList("perQuestion[0].reasons.count", Integer.class)).containsExactly(2, 1);
        assertThat(result.getInt("perQuestion[1].notSatisfiedWithReason")).isEqualTo(2);   // one "not satisfied" gave no reason
        assertThat(result.getList("perQuestion[1].reasons.count", Integer.class)).containsExactly(2);
        assertThat(result.getList("perQuestion[2].reasons")).isEmpty();

        assertThat(result.getList("perVillage.villageCode")).containsExactly("THON-DONG", "THON-DOAI");
        assertThat(result.getList("perVillage.formsReturned", Integer.class)).containsExactly(7, 5);
        assertThat(result.getList("perVillage.coverage", Float.class)).containsExactly(0.7f, 0.5f);
        assertThat(result.getList("perVillage.overallRate", Float.class)).containsExactly(0.8571f, 1.0f);
        assertThat(result.getList("perVillage.passed", Boolean.class)).containsExactly(false, true);

        given().get("/api/v1/surveys/" + survey + "/results").then().statusCode(200)
                .body("overallRate", equalTo(0.9167f)).body("perQuestion", hasSize(3));
        given().get("/api/v1/surveys/" + survey).then().body("state", equalTo("CLOSED")).body("closedBy", equalTo("test.front_surveyor.31.10882"));
    }

    @Test
    void withoutAnOverallQuestionTheOverallRateIsTheShareOfFormsSatisfiedOnEveryQuestion() {
        String survey = createOpen(survey("10930", "RECOGNITION", "NTM", 2026,
                List.of(village("THON-1", "Thôn 1", 10)),
                List.of(question("Q1", "Quy hoạch"), question("Q2", "Giao thông"), question("Q3", "Môi trường"))));
        enter(survey, "THON-1",
                "Q1:S Q2:S Q3:S", "Q1:S Q2:S Q3:S", "Q1:S Q2:S Q3:S", "Q1:S Q2:S Q3:S", "Q1:S Q2:S Q3:S",
                "Q1:S Q2:S Q3:S", "Q1:N Q2:S Q3:S", "Q1:S Q2:N Q3:S", "Q1:S Q2:S Q3:N", "Q1:S Q2:S Q3:S");

        // every question is at 0.9 (an average would pass), but only 7 of 10 forms are satisfied on everything
        JsonPath result = close(survey).then().statusCode(200)
                .body("overallBasis", equalTo("ALL_QUESTIONS"))
                .body("overallQuestionCode", equalTo(null))
                .body("overallSatisfied", equalTo(7))
                .body("overallRate", equalTo(0.7f))
                .body("coverage", equalTo(1.0f))
                .body("coverageMet", equalTo(true))
                .body("passed", equalTo(false))
                .extract().jsonPath();
        assertThat(result.getList("perQuestion.rate", Float.class)).containsExactly(0.9f, 0.9f, 0.9f);
    }

    @Test
    void coverageBelowTheFloorFailsTheSurveyWhateverTheRate() {
        String survey = createOpen(survey("10909", "RECOGNITION", "MODEL", 2026,
                List.of(village("THON-1", "Thôn 1", 100)), List.of(question("Q1", "Nhìn chung"))));
        enter(survey, "THON-1", "Q1:S", "Q1:S", "Q1:S", "Q1:S", "Q1:S");

        close(survey).then().statusCode(200)
                .body("formsReturned", equalTo(5))
                .body("coverage", equalTo(0.05f))
                .body("coverageMet", equalTo(false))
                .body("overallRate", equalTo(1.0f))
                .body("passed", equalTo(false));
    }

    @Test
    void aSurveyWithoutFormsClosesAsFailed() {
        String survey = createOpen(survey("10909", "PERIODIC", null, 2026,
                List.of(village("THON-1", "Thôn 1", 40)), List.of(question("Q1", "Nhìn chung"))));
        close(survey).then().statusCode(200)
                .body("formsReturned", equalTo(0))
                .body("coverage", equalTo(0.0f))
                .body("overallRate", equalTo(null))
                .body("passed", equalTo(false))
                .body("perVillage[0].overallRate", equalTo(null));
        close(survey).then().statusCode(409).body("context.state", equalTo("CLOSED"));
    }

    @Test
    void communesServiceReadsTheLatestClosedResultForAPurpose() {
        String commune = "10903";
        given().get("/api/v1/communes/" + commune + "/satisfaction").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(commune));

        Map<String, Object> ntm2025 = survey(commune, "RECOGNITION", "NTM", 2025, List.of(village("THON-1", "Thôn 1", 4)), List.of(question("Q1", "Nhìn chung")));
        ntm2025.put("startDate", "2025-10-06"); // Xã Cẩm Giàng of Hải Phòng exists from 2025-07-01, after 1 January 2025
        String ntm = createOpen(ntm2025);
        enter(ntm, "THON-1", "Q1:S", "Q1:S", "Q1:S", "Q1:S");
        close(ntm).then().statusCode(200);
        String advanced = createOpen(survey(commune, "RECOGNITION", "ADVANCED", 2026, List.of(village("THON-1", "Thôn 1", 4)), List.of(question("Q1", "Nhìn chung"))));
        enter(advanced, "THON-1", "Q1:S", "Q1:S", "Q1:N");
        close(advanced).then().statusCode(200);
        String stillOpen = createOpen(survey(commune, "RECOGNITION", "ADVANCED", 2026, List.of(village("THON-1", "Thôn 1", 4)), List.of(question("Q1", "Nhìn chung"))));
        enter(stillOpen, "THON-1", "Q1:S", "Q1:S", "Q1:S", "Q1:S");

        given().queryParam("level", "ADVANCED").queryParam("year", 2026).get("/api/v1/communes/" + commune + "/satisfaction").then().statusCode(200)
                .body("surveyId", equalTo(advanced))
                .body("communeCode", equalTo(commune))
                .body("level", equalTo("ADVANCED"))
                .body("year", equalTo(2026))
                .body("state", equalTo("CLOSED"))
                .body("householdsInScope", equalTo(4))
                .body("formsReturned", equalTo(3))
                .body("coverage", equalTo(0.75f))
                .body("coverageFloor", equalTo(0.6f))
                .body("coverageMet", equalTo(true))
                .body("overallRate", equalTo(0.6667f))
                .body("passRate", equalTo(0.9f))
                .body("passed", equalTo(false));
        given().queryParam("level", "NTM").get("/api/v1/communes/" + commune + "/satisfaction").then().statusCode(200)
                .body("surveyId", equalTo(ntm)).body("passed", equalTo(true)).body("coverage", equalTo(1.0f));
        given().get("/api/v1/communes/" + commune + "/satisfaction").then().statusCode(200).body("surveyId", equalTo(advanced));
        given().queryParam("year", 2025).get("/api/v1/communes/" + commune + "/satisfaction").then().statusCode(200).body("surveyId", equalTo(ntm));
        given().queryParam("level", "MODEL").get("/api/v1/communes/" + commune + "/satisfaction").then().statusCode(404)
                .body("detail", containsString("MODEL"));

        given().queryParam("level", "nang-cao").get("/api/v1/communes/" + commune + "/satisfaction").then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        given().queryParam("year", "2026a").get("/api/v1/communes/" + commune + "/satisfaction").then().statusCode(400);
        given().get("/api/v1/communes/109/satisfaction").then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void publicationIsRecordedAfterClosing() {
        String survey = createOpen(survey("10909", "RECOGNITION", "ADVANCED", 2027,
                List.of(village("THON-1", "Thôn 1", 2)), List.of(question("Q1", "Nhìn chung"))));
        LocalDate today = LegalDate.today();
        Map<String, Object> publication = new LinkedHashMap<>();
        publication.put("publishedOn", today.toString());
        publication.put("places", List.of("VILLAGE_CULTURAL_HOUSE", "COMMUNE_OFFICE", "LOUDSPEAKER"));
        publication.put("note", "Niêm yết tại nhà văn hóa các thôn và trụ sở UBND xã; đọc trên loa truyền thanh xã.");

        as(surveyorOf(survey)).contentType(ContentType.JSON).body(publication).post("/api/v1/surveys/" + survey + "/publication").then().statusCode(409);
        enter(survey, "THON-1", "Q1:S", "Q1:S");
        close(survey).then().statusCode(200);

        as(surveyorOf(survey)).contentType(ContentType.JSON).body(publication).post("/api/v1/surveys/" + survey + "/publication").then().statusCode(201)
                .body("places", hasSize(3)).body("recordedBy", equalTo("test.front_surveyor.31.10909"));
        Map<String, Object> early = new LinkedHashMap<>(publication);
        early.put("publishedOn", today.minusDays(3).toString());
        as(surveyorOf(survey)).contentType(ContentType.JSON).body(early).post("/api/v1/surveys/" + survey + "/publication").then().statusCode(422)
                .body("errors[0].field", equalTo("publishedOn"));
        Map<String, Object> future = new LinkedHashMap<>(publication);
        future.put("publishedOn", today.plusDays(3).toString());
        as(surveyorOf(survey)).contentType(ContentType.JSON).body(future).post("/api/v1/surveys/" + survey + "/publication").then().statusCode(400);
        Map<String, Object> badPlace = new LinkedHashMap<>(publication);
        badPlace.put("places", List.of("FACEBOOK"));
        as(surveyorOf(survey)).contentType(ContentType.JSON).body(badPlace).post("/api/v1/surveys/" + survey + "/publication").then().statusCode(400)
                .body("errors[0].field", equalTo("places[0]"));

        given().get("/api/v1/surveys/" + survey + "/results").then().statusCode(200)
                .body("publications", hasSize(1))
                .body("publications[0].publishedOn", equalTo(today.toString()))
                .body("publications[0].places[2]", equalTo("LOUDSPEAKER"));
    }

    @Test
    void provincialStatisticsAggregateSurveysAndResults() {
        // Hưng Yên (33) is used by this test only
        String passed = createOpen(survey("11977", "RECOGNITION", "NTM", 2026, List.of(village("THON-1", "Thôn 1", 10)), List.of(question("Q1", "Nhìn chung"))));
        enter(passed, "THON-1", "Q1:S", "Q1:S", "Q1:S", "Q1:S", "Q1:S", "Q1:S", "Q1:S", "Q1:S", "Q1:S", "Q1:N");
        close(passed).then().statusCode(200).body("passed", equalTo(true));
        String failed = createOpen(survey("11992", "RECOGNITION", "NTM", 2026, List.of(village("THON-1", "Thôn 1", 10)), List.of(question("Q1", "Nhìn chung"))));
        enter(failed, "THON-1", "Q1:S", "Q1:S", "Q1:S", "Q1:N", "Q1:N", "Q1:S");
        close(failed).then().statusCode(200).body("passed", equalTo(false));
        String open = createOpen(survey("11995", "PERIODIC", null, 2026, List.of(village("THON-1", "Thôn 1", 30)), List.of(question("Q1", "Nhìn chung"))));
        enter(open, "THON-1", "Q1:S", "Q1:S", "Q1:S");
        as(surveyor("11995")).contentType(ContentType.JSON).body(survey("11995", "PERIODIC", null, 2026, List.of(), List.of())).post("/api/v1/surveys").then().statusCode(201);

        given().queryParam("province", "33").queryParam("year", 2026).get("/api/v1/surveys/statistics").then().statusCode(200)
                .body("provinceCode", equalTo("33"))
                .body("surveys.draft", equalTo(1))
                .body("surveys.open", equalTo(1))
                .body("surveys.closed", equalTo(2))
                .body("passed", equalTo(1))
                .body("failed", equalTo(1))
                .body("closedHouseholdsInScope", equalTo(20))
                .body("closedFormsReturned", equalTo(16))
                .body("closedCoverage", equalTo(0.8f))
                .body("openHouseholdsInScope", equalTo(30))
                .body("openFormsReturned", equalTo(3))
                .body("openCoverage", equalTo(0.1f))
                .body("averageOverallRate", equalTo(0.7833f))     // mean of 0.9000 and 0.6667
                .body("minimumOverallRate", equalTo(0.6667f));
        given().queryParam("province", "33").queryParam("year", 2030).get("/api/v1/surveys/statistics").then().statusCode(200)
                .body("surveys.closed", equalTo(0)).body("averageOverallRate", equalTo(null));
        given().queryParam("province", "3").get("/api/v1/surveys/statistics").then().statusCode(400).body("errors[0].field", equalTo("province"));
        given().queryParam("year", 1900).get("/api/v1/surveys/statistics").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void resultsOfUnknownSurveysAre404() {
        given().get("/api/v1/surveys/" + UUID.randomUUID() + "/results").then().statusCode(404).contentType("application/problem+json");
        as(administrator()).header("If-Match", "\"1\"").post("/api/v1/surveys/" + UUID.randomUUID() + "/close").then().statusCode(404);
    }

    /** Enters forms for a village as one paper batch; each form is "Q1:S Q2:N:reason with spaces Q9:S". */
    static void enter(String survey, String village, String... forms) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String f : forms) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("responseId", UUID.randomUUID().toString());
            row.put("householdId", "HGĐ-" + UUID.randomUUID());
            row.put("answers", answers(f.split(" (?=Q[0-9]+:)")));
            rows.add(row);
        }
        as(surveyorOf(survey)).contentType(ContentType.JSON).body(Map.of("villageCode", village, "responses", rows))
                .post("/api/v1/surveys/" + survey + "/responses/batch").then().statusCode(201);
    }
}
