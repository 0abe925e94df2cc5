package vn.ntm.campaign.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static vn.ntm.campaign.testing.Callers.administrator;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.citizen;
import static vn.ntm.campaign.testing.Callers.communeOfficer;
import static vn.ntm.campaign.testing.Callers.provinceOfficer;
import static vn.ntm.campaign.testing.Callers.surveyorOf;
import static vn.ntm.campaign.testing.Fixtures.close;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;

/**
 * Issue 20, data-subject requests: received by an official of the commune, answered with what is held, carried out
 * as the survey's state allows (withdraw or correct before the close, unlink after), refused with a reason, and
 * listed with their time limits; a refusal or a wrong kind changes nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class DataSubjectRequestTest {

    
    private static final String REQUESTS = "/api/v1/privacy/requests";

    @Inject
    AgroalDataSource db;

    private static LocalDate today() {
        return LegalDate.today();
    }

    private static Map<String, Object> request(String commune, String kind, String household, String survey, LocalDate receivedOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("communeCode", commune);
        body.put("householdId", household);
        if (survey != null) {
            body.put("surveyId", survey);
        }
        body.put("requester", "Ông Nguyễn Văn An, chủ hộ");
        body.put("identityCheckedBy", "Trần Thị Bình, công chức Văn phòng - Thống kê xã");
        body.put("identityDocument", "Căn cước");
        body.put("receivedOn", receivedOn.toString());
        return body;
    }

    private static Response receive(String token, Map<String, Object> body) {
        return as(token).contentType(ContentType.JSON).body(body).post(REQUESTS);
    }

    private static String received(Map<String, Object> body) {
        return receive(communeOfficer((String) body.get("communeCode")), body).then().statusCode(201).extract().path("id");
    }

    private static Response complete(String commune, String id, String outcome) {
        String etag = as(communeOfficer(commune)).get(REQUESTS + "/" + id).then().statusCode(200).extract().header("ETag");
        return as(communeOfficer(commune)).header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("outcome", outcome))
                .post(REQUESTS + "/" + id + "/completion");
    }

    private long forms(String survey) {
        return Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey));
    }

    @Test
    void anAccessRequestListsWhatIsHeldWithItsPurposeAndRetention() {
        String commune = "11065";
        String survey = createOpen(standardSurvey(commune, 2026));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-ACCESS-1", "Q1:S", "Q2:N:Đường xuống cấp", "Q9:S")).then().statusCode(201);
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-ACCESS-2", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        LocalDate friday = LocalDate.of(2026, 12, 4);

        String id = receive(communeOfficer(commune), request(commune, "ACCESS", "  hgđ-access-1 ", null, friday)).then().statusCode(201)
                .body("state", equalTo("RECEIVED"))
                .body("acknowledgeBy", equalTo("2026-12-08"))        // two working days after a Friday
                .body("dueOn", equalTo("2026-12-14"))
                .body("timeLimitBasis", org.hamcrest.Matchers.startsWith("[R] Decree 356/2025"))
                .body("itemsHeld", hasSize(1))
                .body("itemsHeld[0].surveyId", equalTo(survey))
                .body("itemsHeld[0].legalBasis", not(equalTo(null)))
                .body("itemsHeld[0].answers.questionCode", org.hamcrest.Matchers.contains("Q1", "Q2", "Q9"))
                .body("itemsHeld[0].answers[1].reason", equalTo("Đường xuống cấp"))
                .body("itemsHeld[0].householdLinkUntil", equalTo(null))   // open: counted from the close
                .extract().path("id");
        // the household identifier is not stored anywhere in the request
        assertThat(Db.count(db, "SELECT count(*) FROM data_subject_request WHERE id = ? AND (requester || coalesce(details, '')) ILIKE '%access-1%'",
                UUID.fromString(id))).isZero();

        complete(commune, id, "Đã cung cấp bản in dữ liệu cho chủ hộ.").then().statusCode(200)
                .body("state", equalTo("COMPLETED")).body("formsAffected", equalTo(0)).body("closedBy", equalTo("test.commune_officer.31." + commune));
        complete(commune, id, "lần nữa").then().statusCode(409);
        assertThat(forms(survey)).isEqualTo(2);
    }

    @Test
    void beforeTheCloseAFormIsWithdrawnOrSetAsideForCorrection() {
        String commune = "11074";
        String survey = createOpen(standardSurvey(commune, 2026));
        submit(survey, form(UUID.randomUUID(), "THON-DOAI", "HGĐ-W-1", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        submit(survey, form(UUID.randomUUID(), "THON-DOAI", "HGĐ-C-1", "Q1:N:Chưa được thông tin", "Q2:S", "Q9:N")).then().statusCode(201);
        long before = forms(survey);

        String withdrawal = received(request(commune, "WITHDRAWAL", "HGĐ-W-1", survey, today()));
        complete(commune, withdrawal, "Đã rút phiếu theo yêu cầu của hộ.").then().statusCode(200).body("formsAffected", equalTo(1));
        assertThat(forms(survey)).isEqualTo(before - 1);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response_history WHERE survey_id = ?", UUID.fromString(survey))).isZero();

        String correction = received(request(commune, "CORRECTION", "HGĐ-C-1", survey, today()));
        complete(commune, correction, "Phiếu cũ được để riêng; Mặt trận nhập lại phiếu đã sửa.").then().statusCode(200).body("formsAffected", equalTo(1));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response_history WHERE survey_id = ? AND request_id = ? "
                + "AND answers @> '[{\"questionCode\": \"Q1\", \"satisfied\": false, \"reason\": \"Chưa được thông tin\"}]'",
                UUID.fromString(survey), UUID.fromString(correction))).isEqualTo(1);
        // the corrected form is entered as a new one: one household, one form
        submit(survey, form(UUID.randomUUID(), "THON-DOAI", "HGĐ-C-1", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        submit(survey, form(UUID.randomUUID(), "THON-DOAI", "HGĐ-C-1", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(409);

        // an UNLINK on an open survey is refused, and changes nothing
        submit(survey, form(UUID.randomUUID(), "THON-DOAI", "HGĐ-U-OPEN", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        String unlink = received(request(commune, "UNLINK", "HGĐ-U-OPEN", survey, today()));
        complete(commune, unlink, "x").then().statusCode(409).body("context.surveys", hasItem(survey));
        as(communeOfficer(commune)).get(REQUESTS + "/" + unlink).then().statusCode(200).body("state", equalTo("RECEIVED"))
                .body("itemsHeld", hasSize(1));
    }

    @Test
    void afterTheCloseOnlyTheLinkGoesAndTheResultStands() {
        String commune = "11086";
        String survey = createOpen(standardSurvey(commune, 2026));
        for (int i = 0; i < 6; i++) {
            submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-CL-" + i, "Q1:S", "Q2:S", "Q9:" + (i == 0 ? "N" : "S"))).then().statusCode(201);
        }
        close(survey).then().statusCode(200);
        String result = as(surveyorOf(survey)).get("/api/v1/surveys/" + survey + "/results").then().statusCode(200).extract().asString();

        String withdrawal = received(request(commune, "WITHDRAWAL", "HGĐ-CL-0", survey, today()));
        complete(commune, withdrawal, "x").then().statusCode(409);

        String unlink = received(request(commune, "UNLINK", "HGĐ-CL-0", null, today()));
        as(communeOfficer(commune)).get(REQUESTS + "/" + unlink).then().statusCode(200)
                .body("itemsHeld", hasSize(1))
                .body("itemsHeld[0].surveyState", equalTo("CLOSED"))
                .body("itemsHeld[0].householdLinkUntil", not(equalTo(null)))
                .body("itemsHeld[0].formUntil", not(equalTo(null)));
        complete(commune, unlink, "Đã xóa liên kết giữa hộ và phiếu.").then().statusCode(200).body("formsAffected", equalTo(1));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ? AND household_hash IS NULL", UUID.fromString(survey))).isEqualTo(1);
        assertThat(as(surveyorOf(survey)).get("/api/v1/surveys/" + survey + "/results").then().statusCode(200).extract().asString()).isEqualTo(result);
        // the household can no longer be found: a new request matches nothing
        receive(communeOfficer(commune), request(commune, "ACCESS", "HGĐ-CL-0", null, today())).then().statusCode(201).body("itemsHeld", hasSize(0));
    }

    @Test
    void aRefusalChangesNoFormAndTheWorkListShowsWhatIsOverdue() {
        String commune = "11086";
        String survey = createOpen(standardSurvey(commune, 2027));
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-R-1", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        String old = received(request(commune, "WITHDRAWAL", "HGĐ-R-1", survey, today().minusDays(40)));
        String etag = as(communeOfficer(commune)).get(REQUESTS + "/" + old).then().extract().header("ETag");
        as(communeOfficer(commune)).contentType(ContentType.JSON).body(Map.of("outcome", "x")).post(REQUESTS + "/" + old + "/refusal")
                .then().statusCode(428);

        as(provinceOfficer("31")).get(REQUESTS + "?overdue=true").then().statusCode(200).body("items.id", hasItem(old))
                .body("items.find { it.id == '" + old + "' }.overdue", equalTo(true));
        as(communeOfficer(commune)).get(REQUESTS + "?overdue=true").then().statusCode(200).body("items.id", hasItem(old));
        as(communeOfficer("10966")).get(REQUESTS + "?overdue=true").then().statusCode(200).body("items.id", not(hasItem(old)));
        as(provinceOfficer("33")).get(REQUESTS + "?province=31").then().statusCode(403);
        as(communeOfficer("10966")).get(REQUESTS + "?commune=" + commune).then().statusCode(403);

        as(communeOfficer(commune)).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("outcome", "Không xác minh được người yêu cầu là chủ hộ.")).post(REQUESTS + "/" + old + "/refusal")
                .then().statusCode(200).body("state", equalTo("REFUSED"));
        assertThat(forms(survey)).isEqualTo(1);
        as(administrator()).get(REQUESTS + "?overdue=true").then().statusCode(200).body("items.id", not(hasItem(old)));
    }

    @Test
    void scopeComesFirstAndBadInputIsAProblemThatRecordsNothing() {
        String commune = "11020";
        long before = Db.count(db, "SELECT count(*) FROM data_subject_request");
        // another commune's officer learns nothing, not even whether the commune exists
        Map<String, Object> unknown = request(commune, "ACCESS", "HGĐ-1", null, today());
        unknown.put("communeCode", "10001");
        receive(communeOfficer("10966"), unknown).then().statusCode(403);
        receive(administrator(), unknown).then().statusCode(422).body("errors[0].field", equalTo("communeCode"));
        receive(communeOfficer("10966"), request(commune, "ACCESS", "HGĐ-1", null, today())).then().statusCode(403);
        receive(provinceOfficer("33"), request(commune, "ACCESS", "HGĐ-1", null, today())).then().statusCode(403);
        receive(citizen(commune, "HGĐ-1"), request(commune, "ACCESS", "HGĐ-1", null, today())).then().statusCode(403);
        given().contentType(ContentType.JSON).body(request(commune, "ACCESS", "HGĐ-1", null, today())).post(REQUESTS).then().statusCode(401);

        Map<String, Object> noRequester = request(commune, "ACCESS", "HGĐ-1", null, today());
        noRequester.remove("requester");
        receive(communeOfficer(commune), noRequester).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("requester"));
        receive(communeOfficer(commune), request(commune, "ACCESS", "HGĐ-1", null, today().plusDays(3))).then().statusCode(400)
                .body("errors[0].field", equalTo("receivedOn"));
        receive(communeOfficer(commune), request(commune, "WITHDRAWAL", "HGĐ-1", null, today())).then().statusCode(400)
                .body("errors[0].field", equalTo("surveyId"));
        receive(communeOfficer(commune), request(commune, "CORRECTION", "HGĐ-1", UUID.randomUUID().toString(), today())).then().statusCode(400)
                .body("errors[0].field", equalTo("surveyId"));
        Map<String, Object> badKind = request(commune, "ACCESS", "HGĐ-1", null, today());
        badKind.put("kind", "FORGET_EVERYTHING");
        receive(communeOfficer(commune), badKind).then().statusCode(400);
        as(communeOfficer(commune)).get(REQUESTS + "/" + UUID.randomUUID()).then().statusCode(404);
        assertThat(Db.count(db, "SELECT count(*) FROM data_subject_request")).isEqualTo(before);
    }
}
