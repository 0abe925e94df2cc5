package vn.ntm.campaign.responses;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Fixtures.close;
import static vn.ntm.campaign.testing.Fixtures.create;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.form;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;
import static vn.ntm.campaign.testing.Fixtures.submit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.Callers;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/** One household's form from the mobile app: replays, conflicts, refusals, and how households are stored. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class SurveyResponseTest {

    private static final String COMMUNE = "10606";

    @Inject
    AgroalDataSource db;

    /** The Front surveyor of the commune, who enters forms and reads them. */
    private static RequestSpecification surveyor() {
        return as(Callers.surveyor(COMMUNE));
    }

    @Test
    void identicalResubmissionIsAcceptedWithoutASecondRecord() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        UUID responseId = UUID.randomUUID();
        Map<String, Object> body = form(responseId, "THON-DONG", "HGĐ-THÔN ĐÔNG-0001", "Q1:S", "Q2:N:Đường liên thôn xuống cấp", "Q9:S");

        var first = submit(survey, body).then().statusCode(201)
                .body("responseId", equalTo(responseId.toString()))
                .body("villageCode", equalTo("THON-DONG"))
                .body("channel", equalTo("APP"))
                .body("answers[1].answer", equalTo("NOT_SATISFIED"))
                .body("answers[1].reason", equalTo("Đường liên thôn xuống cấp"))
                .extract().jsonPath();
        var replay = submit(survey, body).then().statusCode(200).extract().jsonPath();

        assertThat(replay.getString("receivedAt")).isEqualTo(first.getString("receivedAt"));
        assertThat(replay.getList("answers")).isEqualTo(first.getList("answers"));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE id = ?", responseId)).isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_answer WHERE response_id = ?", responseId)).isEqualTo(3);
    }

    @Test
    void sameResponseIdWithOtherContentIsAConflict() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        UUID responseId = UUID.randomUUID();
        submit(survey, form(responseId, "THON-DONG", "HGĐ-0002", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);

        submit(survey, form(responseId, "THON-DONG", "HGĐ-0002", "Q1:S", "Q2:N", "Q9:S")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/conflict"))
                .body("errors[0].field", equalTo("responseId"))
                .body("requestId", notNullValue());

        assertThat(Db.count(db, "SELECT count(*) FROM survey_answer WHERE response_id = ? AND NOT satisfied", responseId)).isZero();
    }

    @Test
    void aHouseholdAnswersOncePerSurvey() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0003", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);

        // the same household typed differently: lower case, extra spaces, decomposed (NFD) diacritics
        String sameHousehold = "  hgđ-tho\u0302n  đo\u0302ng-0003 ";
        UUID second = UUID.randomUUID();
        submit(survey, form(second, "THON-DOAI", sameHousehold, "Q1:N", "Q2:N", "Q9:N")).then().statusCode(409)
                .body("errors[0].field", equalTo("householdId"))
                .body("detail", containsString("already answered"));

        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE id = ?", second)).isZero();
    }

    @Test
    void theSameHouseholdMayAnswerAnotherSurvey() {
        String first = createOpen(standardSurvey(COMMUNE, 2026));
        String second = createOpen(standardSurvey(COMMUNE, 2027));
        submit(first, form(UUID.randomUUID(), "THON-DONG", "HGĐ-0004", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        submit(second, form(UUID.randomUUID(), "THON-DONG", "HGĐ-0004", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
    }

    @Test
    void aClosedSurveyRefusesFormsButStillAnswersReplays() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        Map<String, Object> recorded = form(UUID.randomUUID(), "THON-DONG", "HGĐ-0005", "Q1:S", "Q2:S", "Q9:S");
        submit(survey, recorded).then().statusCode(201);
        close(survey).then().statusCode(200);

        UUID late = UUID.randomUUID();
        submit(survey, form(late, "THON-DONG", "HGĐ-0006", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(409)
                .body("type", equalTo("https://ntm.example/problems/invalid-transition"))
                .body("context.state", equalTo("CLOSED"));
        submit(survey, recorded).then().statusCode(200);

        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE id = ?", late)).isZero();
    }

    @Test
    void aDraftSurveyRefusesForms() {
        String survey = create(standardSurvey(COMMUNE, 2026));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-0007", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(409)
                .body("context.state", equalTo("DRAFT"));
    }

    @Test
    void unknownQuestionsAreRefusedNamingTheField() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        UUID responseId = UUID.randomUUID();
        submit(survey, form(responseId, "THON-DONG", "HGĐ-0008", "Q1:S", "Q7:S", "Q2:S", "Q9:S")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/validation"))
                .body("errors[0].field", equalTo("answers[1].questionCode"))
                .body("errors[0].message", containsString("unknown question 'Q7'"))
                .body("errors[0].message", containsString("Q1, Q2, Q9"));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE id = ?", responseId)).isZero();
    }

    @Test
    void everyQuestionMustBeAnsweredOnce() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-0009", "Q1:S")).then().statusCode(400)
                .body("errors.field", hasItem("answers"))
                .body("errors.message", hasItem(containsString("missing: Q2, Q9")));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-0009", "Q1:S", "Q2:S", "Q9:S", "Q1:N")).then().statusCode(400)
                .body("errors[0].field", equalTo("answers[3].questionCode"))
                .body("errors[0].message", containsString("already answered in answers[0]"));
        Map<String, Object> noAnswers = form(UUID.randomUUID(), "THON-DONG", "HGĐ-0009");
        submit(survey, noAnswers).then().statusCode(400).body("errors[0].field", equalTo("answers"));
        noAnswers.remove("answers");
        submit(survey, noAnswers).then().statusCode(400).body("errors[0].field", equalTo("answers"));
    }

    @Test
    void aReasonGoesOnlyWithNotSatisfied() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-0010", "Q1:S:Rất tốt", "Q2:S", "Q9:S")).then().statusCode(400)
                .body("errors[0].field", equalTo("answers[0].reason"));
    }

    @Test
    void unknownVillagesAndMissingFieldsAreRefused() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        submit(survey, form(UUID.randomUUID(), "THON-NAM", "HGĐ-0011", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(400)
                .body("errors[0].field", equalTo("villageCode"))
                .body("errors[0].message", containsString("THON-DONG, THON-DOAI"));
        Map<String, Object> noHousehold = form(UUID.randomUUID(), "THON-DONG", "  ", "Q1:S", "Q2:S", "Q9:S");
        submit(survey, noHousehold).then().statusCode(400).body("errors[0].field", equalTo("householdId"));
        Map<String, Object> noResponseId = form(UUID.randomUUID(), "THON-DONG", "HGĐ-0011", "Q1:S", "Q2:S", "Q9:S");
        noResponseId.remove("responseId");
        submit(survey, noResponseId).then().statusCode(400).body("errors[0].field", equalTo("responseId"));
    }

    @Test
    void unknownSurveysAreRefusedAsSurveysOutOfScope() {
        UUID unknown = UUID.randomUUID();
        // scope before existence (issue 20): the same 403 as for a survey of another commune; the published GET tells existence
        surveyor().contentType(ContentType.JSON).body(form(UUID.randomUUID(), "THON-DONG", "HGĐ-0012", "Q1:S"))
                .post("/api/v1/surveys/" + unknown + "/responses").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString(unknown.toString()));
        surveyor().get("/api/v1/surveys/" + unknown + "/responses").then().statusCode(404);
    }

    @Test
    void malformedJsonAndWrongTypesAreProblems() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        surveyor().contentType(ContentType.JSON).body("{\"responseId\" \"" + UUID.randomUUID() + "\"}")
                .post("/api/v1/surveys/" + survey + "/responses").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/malformed-body"));
        surveyor().contentType(ContentType.JSON).body("{\"responseId\": \"" + UUID.randomUUID() + "\", \"answers\": [")
                .post("/api/v1/surveys/" + survey + "/responses").then().statusCode(400)
                .contentType("application/problem+json");

        Map<String, Object> maybe = form(UUID.randomUUID(), "THON-DONG", "HGĐ-0013", "Q1:S", "Q2:S", "Q9:S");
        ((Map<String, Object>) ((java.util.List<?>) maybe.get("answers")).get(0)).put("answer", "MAYBE");
        submit(survey, maybe).then().statusCode(400)
                .body("errors[0].field", equalTo("answers[0].answer"))
                .body("errors[0].message", containsString("SATISFIED, NOT_SATISFIED"));

        Map<String, Object> badId = form(UUID.randomUUID(), "THON-DONG", "HGĐ-0013", "Q1:S", "Q2:S", "Q9:S");
        badId.put("responseId", "form-17");
        submit(survey, badId).then().statusCode(400).body("errors[0].field", equalTo("responseId"));
    }

    @Test
    void invalidParametersAreProblems() {
        surveyor().get("/api/v1/surveys/not-a-uuid/responses").then().statusCode(400).contentType("application/problem+json");
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        surveyor().queryParam("size", 0).get("/api/v1/surveys/" + survey + "/responses").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        surveyor().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/surveys/" + survey + "/responses").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aFormForAnotherQuestionnaireVersionIsAConflict() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        Map<String, Object> body = form(UUID.randomUUID(), "THON-DONG", "HGĐ-0014", "Q1:S", "Q2:S", "Q9:S");
        body.put("questionnaireVersion", 2);
        submit(survey, body).then().statusCode(409).body("context.questionnaireVersion", equalTo(1));
        body.put("questionnaireVersion", 1);
        submit(survey, body).then().statusCode(201).body("questionnaireVersion", equalTo(1));
    }

    @Test
    void householdIdentifiersAreStoredOnlyAsKeyedHashes() throws Exception {
        // a marker of letters that never occur in hex digests, UUIDs or timestamps, so a match can only be the identifier
        String household = "HGĐ-THÔN ĐOÀI-ZQXW-0427";
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        UUID responseId = UUID.randomUUID();
        String answer = submit(survey, form(responseId, "THON-DOAI", household, "Q1:S", "Q2:N:Thiếu đèn chiếu sáng", "Q9:S"))
                .then().statusCode(201).extract().asString();
        assertThat(answer).doesNotContainIgnoringCase("ZQXW").doesNotContain("householdId");
        String listing = surveyor().get("/api/v1/surveys/" + survey + "/responses").then().statusCode(200).extract().asString();
        assertThat(listing).doesNotContainIgnoringCase("ZQXW");

        assertThat(Db.count(db, "SELECT count(*) FROM survey_response r WHERE r::text ILIKE '%zqxw%' "
                + "OR encode(household_hash, 'escape') ILIKE '%zqxw%'")).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM survey_answer a WHERE a::text ILIKE '%zqxw%'")).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event e WHERE e::text ILIKE '%zqxw%'")).isZero();

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("test-only-household-hash-secret-not-for-production".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal((survey + "\n" + household).getBytes(StandardCharsets.UTF_8));
        assertThat(Db.bytes(db, "SELECT household_hash FROM survey_response WHERE id = ?", responseId)).isEqualTo(expected);
    }

    @Test
    void formsAreListedByCursorInTheOrderReceived() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        submit(survey, form(a, "THON-DONG", "HGĐ-0020", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        submit(survey, form(b, "THON-DOAI", "HGĐ-0021", "Q1:N", "Q2:S", "Q9:S")).then().statusCode(201);
        submit(survey, form(c, "THON-DONG", "HGĐ-0022", "Q1:S", "Q2:S", "Q9:N:Chưa hài lòng về môi trường")).then().statusCode(201);

        String cursor = surveyor().queryParam("size", 2).get("/api/v1/surveys/" + survey + "/responses").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].responseId", equalTo(a.toString()))
                .body("items[1].responseId", equalTo(b.toString()))
                .body("items[0].householdId", nullValue())
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        surveyor().queryParam("size", 2).queryParam("cursor", cursor).get("/api/v1/surveys/" + survey + "/responses").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].responseId", equalTo(c.toString()))
                .body("items[0].answers[2].reason", equalTo("Chưa hài lòng về môi trường"))
                .body("nextCursor", nullValue());
        surveyor().queryParam("village", "THON-DOAI").get("/api/v1/surveys/" + survey + "/responses").then().statusCode(200)
                .body("items.responseId", equalTo(java.util.List.of(b.toString())));

        surveyor().get("/api/v1/surveys/" + survey + "/responses/" + b).then().statusCode(200).body("answers[0].answer", equalTo("NOT_SATISFIED"));
        surveyor().get("/api/v1/surveys/" + survey + "/responses/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/v1/surveys/" + survey).then().statusCode(200).body("progress.formsReturned", equalTo(3))
                .body("progress.coverage", equalTo(0.15f)).body("householdsInScope", equalTo(20))
                .body("villages.code", not(hasItem("THON-NAM")));
    }
}
