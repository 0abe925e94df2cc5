package vn.ntm.campaign.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.Fixtures.answers;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.form;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;
import static vn.ntm.campaign.testing.Fixtures.submit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/** Paper forms entered by the village: all recorded, or none, with every bad form named. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class ResponseBatchTest {

    private static final String COMMUNE = "10750";

    @Inject
    AgroalDataSource db;

    @Test
    void aGoodBatchIsRecordedAndCanBeSentAgain() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        List<Map<String, Object>> rows = List.of(
                paper(UUID.randomUUID(), "HGĐ-THÔN ĐOÀI-0001", "Q1:S", "Q2:S", "Q9:S"),
                paper(UUID.randomUUID(), "HGĐ-THÔN ĐOÀI-0002", "Q1:N:Chưa được phổ biến quy hoạch", "Q2:S", "Q9:S"),
                paper(UUID.randomUUID(), "HGĐ-THÔN ĐOÀI-0003", "Q9:N", "Q2:N", "Q1:N"));

        batch(survey, "THON-DOAI", rows).then().statusCode(201)
                .body("created", equalTo(3)).body("alreadyRecorded", equalTo(0))
                .body("items[2].index", equalTo(2)).body("items[2].outcome", equalTo("CREATED"));
        batch(survey, "THON-DOAI", rows).then().statusCode(200)
                .body("created", equalTo(0)).body("alreadyRecorded", equalTo(3))
                .body("items[0].outcome", equalTo("ALREADY_RECORDED"));

        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ? AND channel = 'PAPER' AND village_code = 'THON-DOAI'",
                UUID.fromString(survey))).isEqualTo(3);
    }

    @Test
    void oneBadFormRefusesTheWholeBatchNamingEachBadRow() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(paper(UUID.randomUUID(), "HGĐ-THÔN ĐÔNG-01" + i, "Q1:S", "Q2:S", "Q9:S"));
        }
        rows.set(1, paper(UUID.randomUUID(), "HGĐ-THÔN ĐÔNG-0199", "Q1:S", "Q4:S", "Q9:S"));   // unknown question
        rows.set(3, paper(UUID.randomUUID(), "HGĐ-THÔN ĐÔNG-0198", "Q1:S", "Q2:S"));          // missing answer
        rows.get(7).remove("householdId");                                                     // missing field
        rows.set(10, paper(UUID.randomUUID(), "HGĐ-THÔN ĐÔNG-010", "Q1:S", "Q2:S", "Q9:S"));  // same household as row 0

        batch(survey, "THON-DONG", rows).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("nothing was recorded"))
                .body("errors", hasSize(5))
                .body("errors[0].field", equalTo("responses[1].answers"))
                .body("errors[0].message", containsString("missing: Q2"))
                .body("errors[1].field", equalTo("responses[1].answers[1].questionCode"))
                .body("errors[1].message", containsString("unknown question 'Q4'"))
                .body("errors[2].field", equalTo("responses[3].answers"))
                .body("errors[2].message", containsString("missing: Q9"))
                .body("errors[3].field", equalTo("responses[7].householdId"))
                .body("errors[4].field", equalTo("responses[10].householdId"))
                .body("errors[4].message", containsString("responses[0]"));

        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM survey_answer WHERE survey_id = ?", UUID.fromString(survey))).isZero();
    }

    @Test
    void aFormConflictingWithARecordedOneRefusesTheBatch() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        UUID appForm = UUID.randomUUID();
        submit(survey, form(appForm, "THON-DONG", "HGĐ-THÔN ĐÔNG-0300", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);

        UUID fresh = UUID.randomUUID();
        List<Map<String, Object>> rows = List.of(
                paper(fresh, "HGĐ-THÔN ĐÔNG-0301", "Q1:S", "Q2:S", "Q9:S"),
                paper(UUID.randomUUID(), "HGĐ-THÔN ĐÔNG-0300", "Q1:N", "Q2:S", "Q9:S"),     // household already answered on the app
                paper(appForm, "HGĐ-THÔN ĐÔNG-0302", "Q1:S", "Q2:S", "Q9:N"));            // the app form's responseId, other content
        batch(survey, "THON-DONG", rows).then().statusCode(409)
                .body("errors", hasSize(2))
                .body("errors[0].field", equalTo("responses[1].householdId"))
                .body("errors[1].field", equalTo("responses[2].responseId"));

        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE id = ?", fresh)).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(1);
    }

    @Test
    void theBatchVillageMustBeTheSurveys() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        batch(survey, "THON-BAC", List.of(paper(UUID.randomUUID(), "HGĐ-0400", "Q1:S", "Q2:S", "Q9:S"))).then().statusCode(400)
                .body("errors[0].field", equalTo("villageCode"));
        Map<String, Object> noVillage = new LinkedHashMap<>();
        noVillage.put("responses", List.of(paper(UUID.randomUUID(), "HGĐ-0400", "Q1:S", "Q2:S", "Q9:S")));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(noVillage).post("/api/v1/surveys/" + survey + "/responses/batch").then().statusCode(400)
                .body("errors[0].field", equalTo("villageCode"));
    }

    @Test
    void anOversizedOrEmptyBatchIsRefused() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            rows.add(paper(UUID.randomUUID(), "HGĐ-" + i, "Q1:S", "Q2:S", "Q9:S"));
        }
        batch(survey, "THON-DONG", rows).then().statusCode(400)
                .body("errors[0].field", equalTo("responses"))
                .body("errors[0].message", containsString("at most 500"));
        batch(survey, "THON-DONG", List.of()).then().statusCode(400).body("errors[0].field", equalTo("responses"));
    }

    private static Map<String, Object> paper(UUID responseId, String household, String... answers) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("responseId", responseId.toString());
        row.put("householdId", household);
        row.put("answers", answers(answers));
        return row;
    }

    private static Response batch(String survey, String village, List<Map<String, Object>> rows) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("villageCode", village);
        body.put("responses", rows);
        return as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(body).post("/api/v1/surveys/" + survey + "/responses/batch");
    }
}
