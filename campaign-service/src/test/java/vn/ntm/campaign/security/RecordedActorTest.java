package vn.ntm.campaign.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Fixtures.etag;
import static vn.ntm.campaign.testing.Fixtures.form;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;
import static vn.ntm.campaign.testing.Fixtures.village;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CampaignFixtures;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;

/** Every recorded actor is the subject of the caller's token; a name sent in the body is never recorded. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class RecordedActorTest {

    /** Xã Gia Lộc (Hải Phòng), used by this class only. */
    private static final String COMMUNE = "10999";
    private static final String SURVEYOR = TestTokens.token(Roles.FRONT_SURVEYOR, "31", COMMUNE);
    private static final String SURVEYOR_SUBJECT = "test.front_surveyor.31." + COMMUNE;
    private static final String ADMIN = TestTokens.token(Roles.ADMINISTRATOR, null, null);
    private static final String ADMIN_SUBJECT = "test.administrator";
    private static final String IMPOSTOR = "Nguyễn Văn Mạo Danh";

    @Test
    void surveyActionsAreRecordedUnderTheTokensSubject() {
        Map<String, Object> body = standardSurvey(COMMUNE, 2026);
        body.put("createdBy", IMPOSTOR);
        body.put("openedBy", IMPOSTOR);
        String survey = as(SURVEYOR).contentType(ContentType.JSON).body(body).post("/api/v1/surveys").then().statusCode(201)
                .body("createdBy", equalTo(SURVEYOR_SUBJECT)).body("updatedBy", equalTo(SURVEYOR_SUBJECT))
                .extract().path("id");

        as(ADMIN).contentType(ContentType.JSON).header("If-Match", etag(survey))
                .body(Map.of("villages", List.of(village("THON-DONG", "Thôn Đông", 10), village("THON-DOAI", "Thôn Đoài", 10)),
                        "updatedBy", IMPOSTOR))
                .put("/api/v1/surveys/" + survey + "/villages").then().statusCode(200)
                .body("createdBy", equalTo(SURVEYOR_SUBJECT)).body("updatedBy", equalTo(ADMIN_SUBJECT));
        as(SURVEYOR).header("If-Match", etag(survey)).post("/api/v1/surveys/" + survey + "/open").then().statusCode(200)
                .body("openedBy", equalTo(SURVEYOR_SUBJECT));

        Map<String, Object> entered = form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0901", "Q1:S", "Q2:S", "Q9:S");
        entered.put("recordedBy", IMPOSTOR);
        as(SURVEYOR).contentType(ContentType.JSON).body(entered).post("/api/v1/surveys/" + survey + "/responses").then().statusCode(201)
                .body("recordedBy", equalTo(SURVEYOR_SUBJECT));
        String citizen = TestTokens.citizen("31", COMMUNE, "HGĐ-THÔN ĐOÀI-0902");
        String citizenPseudonym = as(citizen).contentType(ContentType.JSON)
                .body(form(UUID.randomUUID(), "THON-DOAI", "HGĐ-THÔN ĐOÀI-0902", "Q1:S", "Q2:N", "Q9:S"))
                .post("/api/v1/surveys/" + survey + "/responses").then().statusCode(201)
                .body("recordedBy", startsWith("citizen~k1.")) // a keyed pseudonym, never the citizen's subject (issue 20)
                .extract().path("recordedBy");

        as(ADMIN).header("If-Match", etag(survey)).post("/api/v1/surveys/" + survey + "/close").then().statusCode(200);
        given().get("/api/v1/surveys/" + survey).then().body("closedBy", equalTo(ADMIN_SUBJECT)).body("updatedBy", equalTo(ADMIN_SUBJECT));

        Map<String, Object> publication = new LinkedHashMap<>();
        publication.put("publishedOn", LegalDate.today().toString());
        publication.put("places", List.of("LOUDSPEAKER"));
        publication.put("recordedBy", IMPOSTOR);
        as(SURVEYOR).contentType(ContentType.JSON).body(publication).post("/api/v1/surveys/" + survey + "/publication").then().statusCode(201)
                .body("recordedBy", equalTo(SURVEYOR_SUBJECT));

        // the audit trail names the same principals, with their roles; the citizens who answered only to the survey's officials
        // (a citizen by the keyed pseudonym recorded beside the form, never by the subject: issue 20)
        as(SURVEYOR).queryParam("size", 50).get("/api/v1/surveys/" + survey + "/history").then().statusCode(200)
                .body("items.actor", hasItems(SURVEYOR_SUBJECT, ADMIN_SUBJECT, citizenPseudonym))
                .body("items.actor", not(hasItem("test.citizen.31." + COMMUNE)))
                .body("items.actor", not(hasItem(IMPOSTOR)))
                .body("items.actorRoles", hasItems(Roles.FRONT_SURVEYOR, Roles.ADMINISTRATOR, Roles.CITIZEN));
        given().queryParam("size", 50).get("/api/v1/surveys/" + survey + "/history").then().statusCode(200)
                .body("items.actor", hasItems(SURVEYOR_SUBJECT, ADMIN_SUBJECT, "citizen"))
                .body("items.actor", not(hasItem("test.citizen.31." + COMMUNE)));
        as(TestTokens.token(Roles.FRONT_SURVEYOR, "31", "10813")).queryParam("size", 50).get("/api/v1/surveys/" + survey + "/history")
                .then().statusCode(200).body("items.actor", not(hasItem("test.citizen.31." + COMMUNE)));
    }

    @Test
    void campaignsActivitiesAndContributionsAreRecordedUnderTheTokensSubject() {
        Map<String, Object> campaign = CampaignFixtures.communesCampaign("Chung sức xây dựng nông thôn mới xã Gia Lộc", List.of(COMMUNE),
                "2025-09-01", null);
        campaign.put("createdBy", IMPOSTOR);
        String id = as(TestTokens.token(Roles.PROVINCE_OFFICER, "31", null)).contentType(ContentType.JSON).body(campaign)
                .post("/api/v1/campaigns").then().statusCode(201).body("createdBy", equalTo("test.province_officer.31"))
                .extract().path("id");
        as(SURVEYOR).contentType(ContentType.JSON)
                .body(Map.of("title", "Ra quân làm đường giao thông thôn Đông", "startDate", "2026-03-01", "recordedBy", IMPOSTOR))
                .post("/api/v1/campaigns/" + id + "/activities").then().statusCode(201).body("recordedBy", equalTo(SURVEYOR_SUBJECT));
        Map<String, Object> money = CampaignFixtures.money(COMMUNE, "2026-03-02", 12_000_000);
        money.put("recordedBy", IMPOSTOR);
        as(TestTokens.token(Roles.COMMUNE_OFFICER, "31", COMMUNE)).contentType(ContentType.JSON).body(money)
                .post("/api/v1/campaigns/" + id + "/contributions").then().statusCode(201)
                .body("recordedBy", equalTo("test.commune_officer.31." + COMMUNE));
    }
}
