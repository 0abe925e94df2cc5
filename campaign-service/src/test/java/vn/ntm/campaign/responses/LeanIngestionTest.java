package vn.ntm.campaign.responses;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.Fixtures.close;
import static vn.ntm.campaign.testing.Fixtures.create;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.etag;
import static vn.ntm.campaign.testing.Fixtures.form;
import static vn.ntm.campaign.testing.Fixtures.question;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;
import static vn.ntm.campaign.testing.Fixtures.submit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.Callers;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/**
 * The lean single-form path: the frozen questionnaire served from memory still checks every form, the survey's state is
 * still read under its lock with every form (a close is never missed), and the answer built from what was inserted is
 * the one a read or a replay gives.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class LeanIngestionTest {

    private static final String COMMUNE = "10882";

    @Inject
    AgroalDataSource db;

    @Inject
    FrozenQuestionnaires questionnaires;

    @TestHTTPResource("/api/v1/surveys")
    URI surveys;

    @Test
    void aCachedQuestionnaireStillRefusesUnknownQuestionsAndVillages() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-HÀ ĐÔNG-0001", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        assertThat(questionnaires.holds(UUID.fromString(survey))).isTrue();

        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-HÀ ĐÔNG-0002", "Q1:S", "Q2:S", "Q7:S", "Q9:S")).then().statusCode(400)
                .body("errors[0].field", equalTo("answers[2].questionCode"))
                .body("errors[0].message", containsString("unknown question 'Q7'"));
        submit(survey, form(UUID.randomUUID(), "THON-BAC", "HGĐ-HÀ ĐÔNG-0003", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(400)
                .body("errors[0].field", equalTo("villageCode"))
                .body("errors[0].message", containsString("THON-DONG, THON-DOAI"));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-HÀ ĐÔNG-0004", "Q1:S", "Q9:S")).then().statusCode(400)
                .body("errors[0].field", equalTo("answers"))
                .body("errors[0].message", containsString("missing: Q2"));
        Map<String, Object> oldVersion = form(UUID.randomUUID(), "THON-DONG", "HGĐ-HÀ ĐÔNG-0005", "Q1:S", "Q2:S", "Q9:S");
        oldVersion.put("questionnaireVersion", 2);
        submit(survey, oldVersion).then().statusCode(409).body("context.questionnaireVersion", equalTo(1));

        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(1);
    }

    @Test
    void aDraftIsNeitherOpenToFormsNorRememberedBeforeItsQuestionnaireIsFinal() {
        String survey = create(standardSurvey(COMMUNE, 2026));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-HÀ ĐÔNG-0010", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(409)
                .body("context.state", equalTo("DRAFT"));
        assertThat(questionnaires.holds(UUID.fromString(survey))).isFalse();

        Map<String, Object> questionnaire = Map.of("questions", List.of(
                question("Q1", "Ông/bà có được thông tin về quy hoạch không?"),
                question("Q3", "An ninh trật tự có được giữ vững không?")));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).header("If-Match", etag(survey)).body(questionnaire)
                .put("/api/v1/surveys/" + survey + "/questionnaire").then().statusCode(200);
        as(surveyor(COMMUNE)).header("If-Match", etag(survey)).post("/api/v1/surveys/" + survey + "/open").then().statusCode(200);

        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-HÀ ĐÔNG-0011", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("answers[1].questionCode", "answers[2].questionCode", "answers"));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-HÀ ĐÔNG-0012", "Q1:S", "Q3:N:Chưa có camera an ninh")).then().statusCode(201)
                .body("questionnaireVersion", equalTo(2));
    }

    @Test
    void aFormAfterTheCloseIsRefusedWhileTheCacheIsWarmAndAReplayStillAnswers() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        Map<String, Object> first = form(UUID.randomUUID(), "THON-DOAI", "HGĐ-HÀ ĐÔNG-0020", "Q1:S", "Q2:N:Đường ngõ lầy lội", "Q9:S");
        String recorded = submit(survey, first).then().statusCode(201).extract().asString();
        assertThat(questionnaires.holds(UUID.fromString(survey))).isTrue();

        close(survey).then().statusCode(200);

        submit(survey, form(UUID.randomUUID(), "THON-DOAI", "HGĐ-HÀ ĐÔNG-0021", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(409)
                .body("type", equalTo("https://ntm.example/problems/invalid-transition"))
                .body("context.state", equalTo("CLOSED"));
        String replay = submit(survey, first).then().statusCode(200).extract().asString();
        assertThat(replay).isEqualTo(recorded);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(1);
        given().get("/api/v1/surveys/" + survey + "/results").then().statusCode(200).body("formsReturned", equalTo(1));
    }

    @Test
    void theAnswerBuiltFromTheInsertIsTheStoredForm() throws Exception {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        UUID responseId = UUID.randomUUID();
        Map<String, Object> body = form(responseId, "THON-DONG", "HGĐ-HÀ ĐÔNG-0030", "Q9:N:Chưa hài lòng", "Q1:S",
                "Q2:N:Nha\u0300 va\u0306n ho\u0301a xuống cấp"); // answers out of order, reason in decomposed (NFD) form
        body.put("collectedAt", "2026-01-15T02:30:00.123456789Z"); // finer than the database keeps
        String created = submit(survey, body).then().statusCode(201).extract().asString();

        String read = as(Callers.surveyorOf(survey)).get("/api/v1/surveys/" + survey + "/responses/" + responseId)
                .then().statusCode(200).extract().asString();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(created)).isEqualTo(json.readTree(read));
        assertThat(json.readTree(created).path("collectedAt").asText()).isEqualTo("2026-01-15T02:30:00.123457Z");
        assertThat(json.readTree(created).path("answers").findValuesAsText("questionCode")).containsExactly("Q1", "Q2", "Q9");

        body.put("collectedAt", "2026-01-16T08:00:00Z"); // the device's clock is not part of the form's content
        String replay = submit(survey, body).then().statusCode(200).extract().asString();
        assertThat(json.readTree(replay)).isEqualTo(json.readTree(created));
    }

    @Test
    void concurrentCopiesOfAFormWithAWarmCacheStoreOneRow() throws Exception {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-HÀ ĐÔNG-0040", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        UUID responseId = UUID.randomUUID();
        String body = new ObjectMapper().writeValueAsString(form(responseId, "THON-DONG", "HGĐ-HÀ ĐÔNG-0041", "Q1:S", "Q2:N", "Q9:S"));

        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> call : sendTogether(survey, List.of(body, body, body, body, body, body, body, body, body, body, body, body,
                body, body, body, body, body, body, body, body))) {
            statuses.add(call.get());
        }

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(19);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE id = ?", responseId)).isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_answer WHERE response_id = ?", responseId)).isEqualTo(3);
    }

    /** Forms keep arriving while the survey closes: every form acknowledged is counted in the result, none is stored after. */
    @Test
    void aCloseDuringIngestionCountsExactlyTheFormsAcknowledged() throws Exception {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-HÀ ĐÔNG-0050", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI target = URI.create(surveys + "/" + survey + "/responses");
        String token = Callers.surveyorOf(survey);
        ObjectMapper json = new ObjectMapper();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<int[]>> senders = new ArrayList<>();
        CountDownLatch running = new CountDownLatch(8);
        try {
            for (int t = 0; t < 8; t++) {
                int sender = t;
                senders.add(pool.submit(() -> {
                    int created = 0;
                    int refused = 0;
                    running.countDown();
                    // each sender keeps sending until it has seen the close refuse one of its forms
                    for (int n = 0; refused == 0 && n < 10_000; n++) {
                        String body = json.writeValueAsString(form(UUID.randomUUID(), n % 2 == 0 ? "THON-DONG" : "THON-DOAI",
                                "HGĐ-HÀ ĐÔNG-" + sender + "-" + n, "Q1:S", "Q2:S", n % 3 == 0 ? "Q9:N" : "Q9:S"));
                        HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                                .header("Authorization", TestTokens.bearer(token)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 201) {
                            created++;
                        } else if (status == 409) {
                            refused++;
                        } else {
                            throw new AssertionError("unexpected status " + status);
                        }
                    }
                    return new int[] {created, refused};
                }));
            }
            running.await();
            // let forms flow (counted, not timed), then close while they keep coming
            while (Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey)) < 40
                    && senders.stream().noneMatch(Future::isDone)) {
                Thread.onSpinWait();
            }
            close(survey).then().statusCode(200);
            int acknowledged = 1;
            for (Future<int[]> s : senders) {
                int[] counts = s.get();
                acknowledged += counts[0];
                assertThat(counts[1]).isPositive();
            }
            long stored = Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey));
            assertThat(stored).isEqualTo(acknowledged);
            given().get("/api/v1/surveys/" + survey + "/results").then().statusCode(200).body("formsReturned", equalTo(acknowledged));
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Future<Integer>> sendTogether(String survey, List<String> bodies) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI target = URI.create(surveys + "/" + survey + "/responses");
        String token = Callers.surveyorOf(survey);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        List<Future<Integer>> calls = new ArrayList<>();
        for (String body : bodies) {
            calls.add(pool.submit(() -> {
                start.await();
                HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                        .header("Authorization", TestTokens.bearer(token)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            }));
        }
        start.countDown();
        pool.shutdown();
        return calls;
    }
}
