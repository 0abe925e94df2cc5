package vn.ntm.campaign.surveys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.Callers.administrator;
import static vn.ntm.campaign.testing.Fixtures.close;
import static vn.ntm.campaign.testing.Fixtures.create;
import static vn.ntm.campaign.testing.Fixtures.etag;
import static vn.ntm.campaign.testing.Fixtures.overallQuestion;
import static vn.ntm.campaign.testing.Fixtures.question;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;
import static vn.ntm.campaign.testing.Fixtures.survey;
import static vn.ntm.campaign.testing.Fixtures.village;

import com.github.tomakehurst.wiremock.http.Fault;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/** A survey from DRAFT to OPEN: commune checks, questionnaire and villages, the freeze, versions. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class SurveyLifecycleTest {

    private static final String COMMUNE = "10813";

    @Inject
    AgroalDataSource db;

    @Test
    void aSurveyIsCreatedAsADraftForACommuneKnownToTheRegistry() {
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(standardSurvey(COMMUNE, 2026)).post("/api/v1/surveys").then().statusCode(201)
                .header("Location", containsString("/api/v1/surveys/"))
                .header("ETag", equalTo("\"0\""))
                .body("state", equalTo("DRAFT"))
                .body("communeName", equalTo("Xã Thanh Hà"))
                .body("provinceCode", equalTo("31"))
                .body("purpose", equalTo("RECOGNITION"))
                .body("level", equalTo("ADVANCED"))
                .body("questionnaire.version", equalTo(1))
                .body("questionnaire.questions.code", equalTo(List.of("Q1", "Q2", "Q9")))
                .body("questionnaire.questions[2].overall", equalTo(true))
                .body("householdsInScope", equalTo(20))
                .body("progress.formsReturned", equalTo(0))
                .body("createdBy", equalTo("test.front_surveyor.31.10813"));
    }

    @Test
    void purposeAndLevelMustAgree() {
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(survey(COMMUNE, "RECOGNITION", null, 2026, List.of(), List.of()))
                .post("/api/v1/surveys").then().statusCode(400).body("errors[0].field", equalTo("level"));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(survey(COMMUNE, "PERIODIC", "NTM", 2026, List.of(), List.of()))
                .post("/api/v1/surveys").then().statusCode(400).body("errors[0].field", equalTo("level"));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(survey(COMMUNE, "RECOGNITION", "EXCELLENT", 2026, List.of(), List.of()))
                .post("/api/v1/surveys").then().statusCode(400).body("errors[0].field", equalTo("level"))
                .body("errors[0].message", containsString("NTM, ADVANCED, MODEL"));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(survey(COMMUNE, "PERIODIC", null, 1999, List.of(), List.of()))
                .post("/api/v1/surveys").then().statusCode(400).body("errors[0].field", equalTo("year"));
    }

    @Test
    void questionnaireAndVillagesAreCheckedForRepeatsAndASingleOverallQuestion() {
        var body = survey(COMMUNE, "PERIODIC", null, 2026,
                List.of(village("THON-1", "Thôn 1", 50), village("THON-1", "Thôn 1 bis", 40), village("THON-2", "Thôn 2", 0)),
                List.of(overallQuestion("Q1", "Câu 1"), question("Q1", "Câu 1 bis"), overallQuestion("Q3", "Câu 3")));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(body).post("/api/v1/surveys").then().statusCode(400)
                .body("errors.field", hasItems("villages[2].householdsInScope"));
        body.put("villages", List.of(village("THON-1", "Thôn 1", 50), village("THON-1", "Thôn 1 bis", 40)));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(body).post("/api/v1/surveys").then().statusCode(400)
                .body("errors.field", hasItems("villages[1].code", "questions[1].code", "questions[2].overall"));
    }

    @Test
    void recognitionSurveysNeedARuralCommune() {
        as(surveyor("10525")).contentType(ContentType.JSON).body(standardSurvey("10525", 2026)).post("/api/v1/surveys").then().statusCode(422)
                .body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("PHUONG"));
        as(surveyor("10525")).contentType(ContentType.JSON).body(survey("10525", "PERIODIC", null, 2026, List.of(), List.of()))
                .post("/api/v1/surveys").then().statusCode(201).body("communeName", equalTo("Phường Hải Dương"));
    }

    @Test
    void unknownAndEndedCommunesAreRefusedNamingTheField() {
        as(surveyor("10001")).contentType(ContentType.JSON).body(standardSurvey("10001", 2026)).post("/api/v1/surveys").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("unknown commune code '10001'"));
        as(surveyor("10894")).contentType(ContentType.JSON).body(standardSurvey("10894", 2026)).post("/api/v1/surveys").then().statusCode(422)
                .body("errors[0].message", containsString("ended on 2025-06-30"));
        as(surveyor("1081")).contentType(ContentType.JSON).body(standardSurvey("1081", 2026)).post("/api/v1/surveys").then().statusCode(400)
                .body("errors[0].field", equalTo("communeCode"));
    }

    @Test
    void whenCommunesServiceFailsNothingIsWritten() {
        CommunesServiceMock.server().stubFor(get(urlPathEqualTo("/api/v1/communes/10816")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        CommunesServiceMock.server().stubFor(get(urlPathEqualTo("/api/v1/communes/10843")).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        for (String code : List.of("10816", "10843")) {
            as(surveyor(code)).contentType(ContentType.JSON).body(standardSurvey(code, 2026)).post("/api/v1/surveys").then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("10"))
                    .body("type", equalTo("https://ntm.example/problems/dependency-unavailable"))
                    .body("context.dependency", equalTo("communes-service"))
                    .body("requestId", notNullValue());
            assertThat(Db.count(db, "SELECT count(*) FROM survey WHERE commune_code = ?", code)).isZero();
        }
    }

    @Test
    void theQuestionnaireChangesWhileDraftWithTheCurrentVersion() {
        String id = create(standardSurvey(COMMUNE, 2026));
        Map<String, Object> questionnaire = Map.of("questions", List.of(
                question("Q1", "Ông/bà có được thông tin về quy hoạch không?"),
                question("Q2", "Điện, nước sinh hoạt có bảo đảm không?"),
                question("Q3", "An ninh trật tự có được giữ vững không?")));

        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(questionnaire).put("/api/v1/surveys/" + id + "/questionnaire").then().statusCode(428)
                .body("type", equalTo("https://ntm.example/problems/version-required"));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(questionnaire).put("/api/v1/surveys/" + id + "/questionnaire")
                .then().statusCode(412);
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", etag(id)).body(questionnaire).put("/api/v1/surveys/" + id + "/questionnaire")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("questionnaire.version", equalTo(2))
                .body("questionnaire.questions.code", equalTo(List.of("Q1", "Q2", "Q3")))
                .body("questionnaire.questions.overall", everyItem(equalTo(false)));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("questions", List.of()))
                .put("/api/v1/surveys/" + id + "/questionnaire").then().statusCode(400).body("errors[0].field", equalTo("questions"));
    }

    @Test
    void anEmptySurveyCannotOpen() {
        String id = create(survey(COMMUNE, "PERIODIC", null, 2026, List.of(), List.of()));
        as(surveyor(COMMUNE)).header("If-Match", etag(id)).post("/api/v1/surveys/" + id + "/open").then().statusCode(422)
                .body("type", equalTo("https://ntm.example/problems/precondition-unmet"))
                .body("context.unmet", equalTo(List.of("QUESTIONNAIRE_EMPTY", "NO_VILLAGES")));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("villages", List.of(village("THON-DONG", "Thôn Đông", 120))))
                .put("/api/v1/surveys/" + id + "/villages").then().statusCode(200).body("householdsInScope", equalTo(120));
        as(surveyor(COMMUNE)).header("If-Match", etag(id)).post("/api/v1/surveys/" + id + "/open").then().statusCode(422)
                .body("context.unmet", equalTo(List.of("QUESTIONNAIRE_EMPTY")));
    }

    @Test
    void onceOpenTheQuestionnaireAndVillagesAreFrozen() {
        String id = create(standardSurvey(COMMUNE, 2026));
        as(surveyor(COMMUNE)).post("/api/v1/surveys/" + id + "/open").then().statusCode(428);
        as(surveyor(COMMUNE)).header("If-Match", etag(id)).post("/api/v1/surveys/" + id + "/open").then().statusCode(200)
                .body("state", equalTo("OPEN")).body("openedAt", notNullValue()).body("openedBy", equalTo("test.front_surveyor.31.10813"));

        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("questions", List.of(question("Q1", "Câu hỏi mới"))))
                .put("/api/v1/surveys/" + id + "/questionnaire").then().statusCode(409)
                .body("type", equalTo("https://ntm.example/problems/invalid-transition"))
                .body("detail", containsString("frozen"))
                .body("context.state", equalTo("OPEN"));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("villages", List.of(village("THON-BAC", "Thôn Bắc", 10))))
                .put("/api/v1/surveys/" + id + "/villages").then().statusCode(409);
        as(surveyor(COMMUNE)).header("If-Match", etag(id)).post("/api/v1/surveys/" + id + "/open").then().statusCode(409);
        given().get("/api/v1/surveys/" + id).then().body("questionnaire.version", equalTo(1))
                .body("questionnaire.questions", hasSize(3));

        // the database keeps the freeze too, whatever writes to it
        assertThatThrownBy(() -> Db.execute(db, "UPDATE survey_question SET text = 'x' WHERE survey_id = ?", UUID.fromString(id)))
                .hasMessageContaining("no longer a draft");
    }

    @Test
    void closingNeedsAnOpenSurveyAndTheCurrentVersion() {
        String id = create(standardSurvey(COMMUNE, 2026));
        close(id).then().statusCode(409).body("context.state", equalTo("DRAFT"));
        as(surveyor(COMMUNE)).post("/api/v1/surveys/" + id + "/close").then().statusCode(428);
        given().get("/api/v1/surveys/" + id + "/results").then().statusCode(409).body("detail", containsString("DRAFT"));
    }

    @Test
    void surveysAreListedByFilter() {
        String open = create(standardSurvey("11113", 2031));
        as(surveyor("11113")).header("If-Match", etag(open)).post("/api/v1/surveys/" + open + "/open").then().statusCode(200);
        create(survey("11113", "PERIODIC", null, 2031, List.of(), List.of()));

        given().queryParam("commune", "11113").queryParam("year", 2031).get("/api/v1/surveys").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("items", hasSize(2));
        given().queryParam("commune", "11113").queryParam("state", "OPEN").get("/api/v1/surveys").then().statusCode(200)
                .body("totalItems", equalTo(1)).body("items[0].id", equalTo(open));
        given().queryParam("province", "31").queryParam("purpose", "PERIODIC").queryParam("size", 1).get("/api/v1/surveys").then()
                .statusCode(200).body("items", hasSize(1)).body("totalItems", greaterThanOrEqualTo(1)).body("size", equalTo(1));
        given().queryParam("state", "ARCHIVED").get("/api/v1/surveys").then().statusCode(400).body("errors[0].field", equalTo("state"));
        given().queryParam("year", "next").get("/api/v1/surveys").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("size", 500).get("/api/v1/surveys").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void unknownSurveysAndMalformedIdsAreProblems() {
        given().get("/api/v1/surveys/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/surveys/12345").then().statusCode(400).contentType("application/problem+json");
        // scope before existence (issue 20): a survey no one has is, to a surveyor, as one of another commune; an administrator learns it is unknown
        as(surveyor(COMMUNE)).header("If-Match", "\"0\"").post("/api/v1/surveys/" + UUID.randomUUID() + "/open").then().statusCode(403);
        as(administrator()).header("If-Match", "\"0\"").post("/api/v1/surveys/" + UUID.randomUUID() + "/open").then().statusCode(404);
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body("{\"communeCode\": \"10813\", \"purpose\": ").post("/api/v1/surveys").then().statusCode(400);
    }

    @Test
    void theHistoryListsTheWritesToASurvey() {
        String id = create(standardSurvey(COMMUNE, 2026));
        as(surveyor(COMMUNE)).header("If-Match", etag(id)).post("/api/v1/surveys/" + id + "/open").then().statusCode(200);
        given().get("/api/v1/surveys/" + id + "/history").then().statusCode(200)
                .body("items.path", hasItem("/api/v1/surveys/" + id + "/open"))
                .body("items[0].method", equalTo("POST"));
    }
}
