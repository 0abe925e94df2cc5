package vn.ntm.campaign.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.citizen;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.Fixtures.close;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.form;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;
import static vn.ntm.campaign.testing.Fixtures.submit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/** The app's offline queue sent in one sync: every form gets its own outcome, only the accepted ones are stored. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class ResponseSyncTest {

    private static final String COMMUNE = "11020";
    private static final String OTHER_COMMUNE = "11050";

    @Inject
    AgroalDataSource db;

    @TestHTTPResource("/api/v1/surveys")
    URI surveys;

    @Test
    void aMixedSyncStoresExactlyTheAcceptedFormsAndSaysWhyEachOtherIsRefused() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        UUID recorded = UUID.randomUUID();
        Map<String, Object> recordedForm = form(recorded, "THON-DONG", "HGĐ-THÔN ĐÔNG-0501", "Q1:S", "Q2:S", "Q9:S");
        submit(survey, recordedForm).then().statusCode(201);
        UUID recordedB = UUID.randomUUID();
        submit(survey, form(recordedB, "THON-DOAI", "HGĐ-THÔN ĐOÀI-0511", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        submit(survey, form(UUID.randomUUID(), "THON-DOAI", "HGĐ-THÔN ĐOÀI-0512", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);

        UUID fresh = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Map<String, Object> otherContent = form(recordedB, "THON-DOAI", "HGĐ-THÔN ĐOÀI-0511", "Q1:S", "Q2:S", "Q9:N");
        Map<String, Object> householdAgain = form(UUID.randomUUID(), "THON-DOAI", "HGĐ-THÔN ĐOÀI-0512", "Q1:N", "Q2:S", "Q9:S");
        Map<String, Object> unknownVillage = form(UUID.randomUUID(), "THON-BAC", "HGĐ-THÔN BẮC-0001", "Q1:S", "Q2:S", "Q9:S");
        Map<String, Object> oldQuestionnaire = form(UUID.randomUUID(), "THON-DOAI", "HGĐ-THÔN ĐOÀI-0502", "Q1:S", "Q2:S", "Q9:S");
        oldQuestionnaire.put("questionnaireVersion", 7);
        Map<String, Object> noHousehold = form(UUID.randomUUID(), "THON-DOAI", "HGĐ-THÔN ĐOÀI-0503", "Q1:S", "Q2:S", "Q9:S");
        noHousehold.remove("householdId");
        List<Map<String, Object>> forms = List.of(
                form(fresh, "THON-DONG", "HGĐ-THÔN ĐÔNG-0502", "Q1:S", "Q2:S", "Q9:S"),                     // 0 new
                recordedForm,                                                                                  // 1 replay
                otherContent,                                                                                  // 2 responseId reused, other content
                householdAgain,                                                                                // 3 household already answered
                unknownVillage,                                                                                // 4 unknown village
                oldQuestionnaire,                                                                              // 5 wrong questionnaire version
                form(fresh, "THON-DOAI", "HGĐ-THÔN ĐOÀI-0504", "Q1:S", "Q2:S", "Q9:S"),                      // 6 responseId of form 0
                form(UUID.randomUUID(), "THON-DONG", "hgđ-thôn  đông-0502", "Q1:S", "Q2:S", "Q9:S"),          // 7 household of form 0
                noHousehold,                                                                                   // 8 missing field
                form(second, "THON-DOAI", "HGĐ-THÔN ĐOÀI-0505", "Q1:N:Chưa có điện chiếu sáng ngõ xóm", "Q2:S", "Q9:S")); // 9 new

        JsonPath answer = sync(surveyor(COMMUNE), survey, forms).then().statusCode(200)
                .body("surveyId", equalTo(survey))
                .body("created", equalTo(2)).body("alreadyRecorded", equalTo(1)).body("refused", equalTo(7))
                .body("items", hasSize(10))
                .extract().jsonPath();
        assertThat(answer.getList("items.index", Integer.class)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(answer.getList("items.responseId", String.class)).containsExactlyElementsOf(forms.stream().map(f -> (String) f.get("responseId")).toList());
        assertThat(answer.getList("items.outcome", String.class)).containsExactly("CREATED", "ALREADY_RECORDED", "REFUSED", "REFUSED",
                "REFUSED", "REFUSED", "REFUSED", "REFUSED", "REFUSED", "CREATED");
        assertThat(answer.getMap("items[0]")).doesNotContainKey("problem");
        assertThat(answer.getMap("items[1]")).doesNotContainKey("problem");

        assertThat(answer.getInt("items[2].problem.status")).isEqualTo(409);
        assertThat(answer.getString("items[2].problem.errors[0].field")).isEqualTo("responseId");
        assertThat(answer.getInt("items[3].problem.status")).isEqualTo(409);
        assertThat(answer.getString("items[3].problem.errors[0].field")).isEqualTo("householdId");
        assertThat(answer.getInt("items[4].problem.status")).isEqualTo(400);
        assertThat(answer.getString("items[4].problem.errors[0].field")).isEqualTo("villageCode");
        assertThat(answer.getInt("items[5].problem.status")).isEqualTo(409);
        assertThat(answer.getInt("items[5].problem.context.questionnaireVersion")).isEqualTo(1);
        assertThat(answer.getString("items[6].problem.errors[0].field")).isEqualTo("responseId");
        assertThat(answer.getString("items[6].problem.detail")).contains("forms[0]").contains("this sync");
        assertThat(answer.getString("items[7].problem.errors[0].field")).isEqualTo("householdId");
        assertThat(answer.getString("items[7].problem.detail")).contains("forms[0]").contains("this sync");
        assertThat(answer.getInt("items[8].problem.status")).isEqualTo(400);
        assertThat(answer.getString("items[8].problem.errors[0].field")).isEqualTo("householdId");
        assertThat(answer.getString("items[8].problem.instance")).isEqualTo("/api/v1/surveys/" + survey + "/responses/sync");

        // each refused form carries what the single endpoint answers for it (nothing of it is stored by either)
        for (int i : new int[] {2, 3, 4, 5, 8}) {
            JsonPath single = submit(survey, forms.get(i)).then().contentType("application/problem+json").extract().jsonPath();
            String item = "items[" + i + "].problem.";
            assertThat(answer.getInt(item + "status")).as("form " + i).isEqualTo(single.getInt("status"));
            assertThat(answer.getString(item + "type")).as("form " + i).isEqualTo(single.getString("type"));
            assertThat(answer.getString(item + "title")).as("form " + i).isEqualTo(single.getString("title"));
            assertThat(answer.getString(item + "detail")).as("form " + i).isEqualTo(single.getString("detail"));
            assertThat(answer.getList(item + "errors")).as("form " + i).isEqualTo(single.getList("errors"));
        }

        UUID id = UUID.fromString(survey);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", id)).isEqualTo(5);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ? AND id IN (?, ?) AND channel = 'APP' AND recorded_by = ?",
                id, fresh, second, "test.front_surveyor.31." + COMMUNE)).isEqualTo(2);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_answer WHERE response_id IN (?, ?)", fresh, second)).isEqualTo(6);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_answer WHERE response_id = ? AND NOT satisfied", recordedB)).isZero();
    }

    @Test
    void theSameSyncSentAgainRecordsNothingMore() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        List<Map<String, Object>> forms = List.of(
                form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0601", "Q1:S", "Q2:S", "Q9:S"),
                form(UUID.randomUUID(), "THON-DOAI", "HGĐ-THÔN ĐOÀI-0602", "Q1:N:Chưa được phổ biến quy hoạch", "Q2:S", "Q9:S"),
                form(UUID.randomUUID(), "THON-BAC", "HGĐ-THÔN BẮC-0603", "Q1:S", "Q2:S", "Q9:S"));

        sync(surveyor(COMMUNE), survey, forms).then().statusCode(200)
                .body("created", equalTo(2)).body("alreadyRecorded", equalTo(0)).body("refused", equalTo(1));
        sync(surveyor(COMMUNE), survey, forms).then().statusCode(200)
                .body("created", equalTo(0)).body("alreadyRecorded", equalTo(2)).body("refused", equalTo(1))
                .body("items[0].outcome", equalTo("ALREADY_RECORDED"))
                .body("items[1].outcome", equalTo("ALREADY_RECORDED"))
                .body("items[2].outcome", equalTo("REFUSED"));

        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(2);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_answer WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(6);
    }

    @Test
    void aClosedSurveyRefusesTheSyncAndStoresNothing() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        Map<String, Object> recorded = form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0701", "Q1:S", "Q2:S", "Q9:S");
        sync(surveyor(COMMUNE), survey, List.of(recorded)).then().statusCode(200).body("created", equalTo(1));
        close(survey).then().statusCode(200);

        UUID late = UUID.randomUUID();
        sync(surveyor(COMMUNE), survey, List.of(recorded, form(late, "THON-DONG", "HGĐ-THÔN ĐÔNG-0702", "Q1:S", "Q2:S", "Q9:S")))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CLOSED"));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE id = ?", late)).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(1);

        // a phone that never got the answer of its earlier sync can still clear its queue, as the single endpoint allows
        sync(surveyor(COMMUNE), survey, List.of(recorded)).then().statusCode(200)
                .body("alreadyRecorded", equalTo(1)).body("items[0].outcome", equalTo("ALREADY_RECORDED"));
    }

    @Test
    void aDraftSurveyRefusesTheSync() {
        Map<String, Object> draft = standardSurvey(COMMUNE, 2026);
        String survey = vn.ntm.campaign.testing.Fixtures.create(draft);
        sync(surveyor(COMMUNE), survey, List.of(form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0751", "Q1:S", "Q2:S", "Q9:S")))
                .then().statusCode(409).body("detail", containsString("DRAFT"));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isZero();
    }

    @Test
    void moreFormsThanTheLimitAreRefusedNamingIt() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        List<Map<String, Object>> forms = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            forms.add(form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-08" + i, "Q1:S", "Q2:S", "Q9:S"));
        }
        sync(surveyor(COMMUNE), survey, forms).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("forms"))
                .body("errors[0].message", containsString("at most 200"));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isZero();

        sync(surveyor(COMMUNE), survey, forms.subList(0, 200)).then().statusCode(200).body("created", equalTo(200));
    }

    @Test
    void anEmptyOrMalformedSyncIsRefused() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        sync(surveyor(COMMUNE), survey, List.of()).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("forms"));
        post(surveyor(COMMUNE), survey, "{}").then().statusCode(400).body("errors[0].field", equalTo("forms"));
        post(surveyor(COMMUNE), survey, "{\"forms\": \"HGĐ-0001\"}").then().statusCode(400).contentType("application/problem+json");
        post(surveyor(COMMUNE), survey, "{\"forms\": [{\"responseId\": \"không-phải-uuid\"}]}").then().statusCode(400)
                .contentType("application/problem+json");
        post(surveyor(COMMUNE), survey, "{\"forms\": [").then().statusCode(400).contentType("application/problem+json");
        post(surveyor(COMMUNE), survey, "{\"forms\": [null]}").then().statusCode(200)
                .body("refused", equalTo(1)).body("items[0].problem.status", equalTo(400));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isZero();
    }

    @Test
    void theSurveyItselfIsCheckedLikeTheSingleEndpoint() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        List<Map<String, Object>> forms = List.of(form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0901", "Q1:S", "Q2:S", "Q9:S"));
        // an unknown survey is answered as one out of scope (issue 20)
        sync(surveyor(COMMUNE), UUID.randomUUID().toString(), forms).then().statusCode(403).contentType("application/problem+json");
        sync(surveyor(OTHER_COMMUNE), survey, forms).then().statusCode(403).contentType("application/problem+json");
        sync(TestTokens.token("CITIZEN", "31", COMMUNE), survey, forms).then().statusCode(403);
        sync(TestTokens.token("ADMINISTRATOR", null, null), survey, forms).then().statusCode(403);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isZero();
    }

    @Test
    void aCitizenSyncsOnlyItsOwnHouseholdsForm() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        UUID own = UUID.randomUUID();
        UUID neighbour = UUID.randomUUID();
        sync(citizen(COMMUNE, "HGĐ-THÔN ĐÔNG-0951"), survey, List.of(
                form(own, "THON-DONG", "hgđ-thôn đông-0951", "Q1:S", "Q2:N:Mương thoát nước bị tắc", "Q9:S"),
                form(neighbour, "THON-DONG", "HGĐ-THÔN ĐÔNG-0952", "Q1:S", "Q2:S", "Q9:S")))
                .then().statusCode(200)
                .body("items[0].outcome", equalTo("CREATED"))
                .body("items[1].outcome", equalTo("REFUSED"))
                .body("items[1].problem.status", equalTo(403))
                .body("items[1].problem.detail", containsString("household its token names"));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE id = ?", own)).isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE id = ?", neighbour)).isZero();
    }

    @Test
    void concurrentIdenticalSyncsStoreEachFormOnce() throws Exception {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        List<Map<String, Object>> forms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            forms.add(form(UUID.randomUUID(), i % 2 == 0 ? "THON-DONG" : "THON-DOAI", "HGĐ-1100-" + i, "Q1:S", "Q2:S", "Q9:S"));
        }
        String body = new ObjectMapper().writeValueAsString(Map.of("forms", forms));
        List<String> answers = syncConcurrently(survey, body, 12);

        ObjectMapper json = new ObjectMapper();
        int created = 0;
        for (String answer : answers) {
            Map<?, ?> view = json.readValue(answer, Map.class);
            assertThat(view.get("refused")).as(answer).isEqualTo(0);
            assertThat((Integer) view.get("created") + (Integer) view.get("alreadyRecorded")).as(answer).isEqualTo(5);
            created += (Integer) view.get("created");
        }
        assertThat(created).isEqualTo(5);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(5);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_answer WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(15);
    }

    @Test
    void closingTheSurveyCountsSyncedForms() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        List<Map<String, Object>> forms = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            forms.add(form(UUID.randomUUID(), i < 7 ? "THON-DONG" : "THON-DOAI", "HGĐ-1200-" + i, "Q1:S", "Q2:S", i == 0 ? "Q9:N" : "Q9:S"));
        }
        sync(surveyor(COMMUNE), survey, forms).then().statusCode(200).body("created", equalTo(13));
        submit(survey, form(UUID.randomUUID(), "THON-DOAI", "HGĐ-1200-X", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);

        close(survey).then().statusCode(200)
                .body("householdsInScope", equalTo(20))
                .body("formsReturned", equalTo(14));
    }

    private static Response sync(String token, String survey, List<Map<String, Object>> forms) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("forms", forms);
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/surveys/" + survey + "/responses/sync");
    }

    private static Response post(String token, String survey, String body) {
        return as(token).contentType(ContentType.JSON).body(body).post("/api/v1/surveys/" + survey + "/responses/sync");
    }

    /** All callers wait on one latch, then send the same body at once; returns the 200 bodies (any other status fails). */
    private List<String> syncConcurrently(String survey, String body, int callers) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI target = URI.create(surveys + "/" + survey + "/responses/sync");
        String token = surveyor(COMMUNE);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                            .header("Authorization", TestTokens.bearer(token))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    return client.send(request, HttpResponse.BodyHandlers.ofString());
                };
                calls.add(pool.submit(call));
            }
            start.countDown();
            List<String> bodies = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                HttpResponse<String> answer = call.get();
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                bodies.add(answer.body());
            }
            return bodies;
        } finally {
            pool.shutdownNow();
        }
    }
}
