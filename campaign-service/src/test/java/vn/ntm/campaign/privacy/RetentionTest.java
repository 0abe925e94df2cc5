package vn.ntm.campaign.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static vn.ntm.campaign.results.SurveyResultTestAccess.enter;
import static vn.ntm.campaign.testing.Callers.administrator;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.provinceOfficer;
import static vn.ntm.campaign.testing.Callers.surveyorOf;
import static vn.ntm.campaign.testing.CampaignFixtures.communesCampaign;
import static vn.ntm.campaign.testing.CampaignFixtures.contribute;
import static vn.ntm.campaign.testing.CampaignFixtures.createCampaign;
import static vn.ntm.campaign.testing.CampaignFixtures.money;
import static vn.ntm.campaign.testing.Fixtures.close;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import vn.ntm.campaign.retention.RetentionJob;
import vn.ntm.campaign.retention.RetentionService;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/**
 * Issue 20, retention: what has passed its period is unlinked, erased or anonymised by a job that runs once per
 * cluster, the run is recorded as counts, and frozen results and published figures do not change by a byte.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class RetentionTest {

    private static final String COMMUNE = "10966";

    @Inject
    AgroalDataSource db;

    @Inject
    org.quartz.Scheduler quartz;

    @Inject
    RetentionService retention;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper json;

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of a survey's frozen result, in a fixed order, as one digest: a change of any byte shows. */
    private String frozenDigest(String survey) {
        UUID id = UUID.fromString(survey);
        return String.join("|",
                digest("SELECT md5(string_agg(r::text, ',')) FROM survey_result r WHERE survey_id = ?", id),
                digest("SELECT md5(string_agg(q::text, ',' ORDER BY q.position)) FROM survey_result_question q WHERE survey_id = ?", id),
                digest("SELECT md5(string_agg(v::text, ',' ORDER BY v.village_code)) FROM survey_result_village v WHERE survey_id = ?", id),
                digest("SELECT md5(string_agg(x::text, ',' ORDER BY x.question_code, x.rank)) FROM survey_result_reason x WHERE survey_id = ?", id));
    }

    private String digest(String sql, UUID id) {
        byte[] b = Db.bytes(db, sql, id);
        return b == null ? "-" : new String(b);
    }

    private JsonPath runNow() {
        return as(administrator()).post("/api/v1/privacy/retention/runs").then().statusCode(200).extract().jsonPath();
    }

    private static long affected(JsonPath run, String kind) {
        return run.getLong("steps.find { it.kind == '" + kind + "' }.affected");
    }

    @Test
    void expiredDataGoesAndTheFrozenResultStaysByteIdentical() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        enter(survey, "THON-DONG", "Q1:S Q2:S Q9:S", "Q1:N:Chưa được thông tin quy hoạch Q2:S Q9:S", "Q1:S Q2:S Q9:S",
                "Q1:S Q2:S Q9:S", "Q1:S Q2:N:Đường xuống cấp Q9:N", "Q1:S Q2:S Q9:S");
        enter(survey, "THON-DOAI", "Q1:S Q2:S Q9:S", "Q1:S Q2:S Q9:S", "Q1:S Q2:S Q9:S", "Q1:S Q2:S Q9:S", "Q1:S Q2:S Q9:S");
        close(survey).then().statusCode(200);
        String campaign = createCampaign(communesCampaign("Chung sức xây dựng nông thôn mới", List.of(COMMUNE), "2026-01-01", "2026-06-30"));
        contribute(campaign, money(COMMUNE, "2026-03-01", 5_000_000)).then().statusCode(201);
        contribute(campaign, money(COMMUNE, "2026-03-02", 7_000_000)).then().statusCode(201);

        String resultForFront = as(surveyorOf(survey)).get("/api/v1/surveys/" + survey + "/results").then().statusCode(200).extract().asString();
        String resultForPublic = given().get("/api/v1/surveys/" + survey + "/results").then().statusCode(200).extract().asString();
        String statistics = given().queryParam("province", "31").queryParam("year", 2026).get("/api/v1/surveys/statistics")
                .then().statusCode(200).extract().asString();
        String totals = given().queryParam("province", "31").get("/api/v1/contributions/totals").then().statusCode(200).extract().asString();
        String frozen = frozenDigest(survey);
        long formsShown = given().get("/api/v1/surveys/" + survey).then().statusCode(200).extract().jsonPath().getLong("progress.formsReturned");

        // the campaign ended six years ago; the survey is judged as of two years after its close: the household link
        // (1 year) has expired, the forms (5 years) not yet
        Db.execute(db, "UPDATE campaign SET start_date = date '2020-01-01', end_date = date '2020-06-30' WHERE id = ?", UUID.fromString(campaign));
        Instant twoYearsOn = ZonedDateTime.now().plusYears(2).toInstant();

        JsonPath first = JsonPath.from(toJson(retention.run(twoYearsOn, "schedule")));
        assertThat(first.getString("trigger")).isEqualTo("schedule");
        assertThat(affected(first, "HOUSEHOLD_LINK")).isGreaterThanOrEqualTo(11);   // other tests' closed surveys too
        assertThat(affected(first, "SURVEY_FORMS")).isZero();
        assertThat(affected(first, "CONTRIBUTOR_NAMES")).isGreaterThanOrEqualTo(2);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ? AND household_hash IS NOT NULL", UUID.fromString(survey))).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(11);
        assertThat(Db.count(db, "SELECT count(*) FROM contribution WHERE campaign_id = ? AND source = 'Đã ẩn danh (hết thời hạn lưu trữ)' "
                + "AND note IS NULL AND anonymised_on IS NOT NULL", UUID.fromString(campaign))).isEqualTo(2);

        // a second run finds nothing left to do; the endpoint runs the same job now, as the administrator
        JsonPath second = JsonPath.from(toJson(retention.run(twoYearsOn, "schedule")));
        assertThat(runNow().getString("trigger")).isEqualTo("test.administrator");
        assertThat(affected(second, "HOUSEHOLD_LINK") + affected(second, "SURVEY_FORMS") + affected(second, "CONTRIBUTOR_NAMES")).isZero();

        // six years after the close the forms themselves go
        JsonPath third = JsonPath.from(toJson(retention.run(ZonedDateTime.now().plusYears(6).toInstant(), "schedule")));
        assertThat(affected(third, "SURVEY_FORMS")).isGreaterThanOrEqualTo(11);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM survey_answer WHERE survey_id = ?", UUID.fromString(survey))).isZero();

        // what was published has not moved by a byte
        assertThat(frozenDigest(survey)).isEqualTo(frozen);
        assertThat(as(surveyorOf(survey)).get("/api/v1/surveys/" + survey + "/results").then().statusCode(200).extract().asString())
                .isEqualTo(resultForFront);
        assertThat(given().get("/api/v1/surveys/" + survey + "/results").then().statusCode(200).extract().asString()).isEqualTo(resultForPublic);
        assertThat(given().queryParam("province", "31").get("/api/v1/contributions/totals").then().statusCode(200).extract().asString())
                .isEqualTo(totals);
        given().get("/api/v1/surveys/" + survey).then().statusCode(200).body("progress.formsReturned", equalTo((int) formsShown));
        // the statistics of 2026 still count the survey as it closed (its year did not change)
        assertThat(given().queryParam("province", "31").queryParam("year", 2026).get("/api/v1/surveys/statistics")
                .then().statusCode(200).extract().asString()).isEqualTo(statistics);

        // the register of runs: counts only, newest first
        as(administrator()).get("/api/v1/privacy/retention?runs=3").then().statusCode(200)
                .body("kinds.kind", hasItems("HOUSEHOLD_LINK", "SURVEY_FORMS", "CONTRIBUTOR_NAMES"))
                .body("kinds.find { it.kind == 'SURVEY_FORMS' }.period", equalTo("P5Y"))
                .body("kinds.find { it.kind == 'HOUSEHOLD_LINK' }.basis", org.hamcrest.Matchers.startsWith("[I]"))
                .body("latestRuns", hasSize(3))
                .body("latestRuns[0].id", equalTo(third.getInt("id")))
                .body("latestRuns[0].steps.find { it.kind == 'SURVEY_FORMS' }.affected", equalTo((int) affected(third, "SURVEY_FORMS")));
    }

    @Test
    void onlyAnAdministratorSeesOrRunsIt() {
        as(provinceOfficer("31")).get("/api/v1/privacy/retention").then().statusCode(403);
        as(provinceOfficer("31")).post("/api/v1/privacy/retention/runs").then().statusCode(403);
        given().post("/api/v1/privacy/retention/runs").then().statusCode(401);
        as(administrator()).get("/api/v1/privacy/retention?runs=500").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("runs"));
    }

    @Test
    void theScheduledRunGoesThroughTheClusteredQuartzStore() throws SchedulerException {
        var metaData = quartz.getMetaData();
        assertThat(metaData.isJobStoreClustered()).isTrue();
        assertThat(metaData.isJobStoreSupportsPersistence()).isTrue();
        assertThat(quartz.getJobKeys(org.quartz.impl.matchers.GroupMatcher.anyGroup()))
                .extracting(JobKey::getName).contains(RetentionJob.IDENTITY);
    }
}
