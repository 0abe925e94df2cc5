package vn.ntm.campaign;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.provinceOfficer;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.CampaignFixtures.communesCampaign;
import static vn.ntm.campaign.testing.CampaignFixtures.contribute;
import static vn.ntm.campaign.testing.CampaignFixtures.createCampaign;
import static vn.ntm.campaign.testing.CampaignFixtures.money;
import static vn.ntm.campaign.testing.CampaignFixtures.provinceCampaign;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;
import static vn.ntm.campaign.testing.Fixtures.survey;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/**
 * Records are checked against communes-service on the day they refer to, not today: the 2025 year of Hải Dương
 * (province 30, whose communes ended on 30 June 2025) can be entered after the fact. communes-service answers a code
 * that no current unit carries with the ended unit and its validTo, whatever the date asked; these tests check which
 * date is asked and what is made of the answer.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class CommuneOnRecordDateTest {

    /** Hải Dương communes that ended on 30 June 2025 and whose codes no unit carries since (used by this class only). */
    private static final String[][] ENDED = {
            {"10618", "Xã Hiệp Cát"}, {"10621", "Xã Quốc Tuấn"}, {"10636", "Xã An Sơn"}, {"10609", "Xã Nam Hưng"},
            {"11005", "Xã Liên Hồng"}, {"11017", "Xã Gia Xuyên"},
    };

    @Inject
    AgroalDataSource db;

    @BeforeAll
    static void endedUnits() {
        for (String[] unit : ENDED) {
            CommunesServiceMock.server().stubFor(get(urlPathEqualTo("/api/v1/communes/" + unit[0])).atPriority(1)
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withBody("{\"code\":\"" + unit[0] + "\",\"name\":\"" + unit[1] + "\",\"type\":\"XA\",\"provinceCode\":\"30\","
                                    + "\"status\":\"ENDED\",\"validFrom\":\"2008-08-01\",\"validTo\":\"2025-06-30\"}")));
        }
    }

    /** Sent by the Front surveyor of the survey's commune. */
    private static Response postSurvey(Map<String, Object> body) {
        return as(surveyor((String) body.get("communeCode"))).contentType(ContentType.JSON).body(body).post("/api/v1/surveys");
    }

    private static void assertAskedOn(String code, String day) {
        CommunesServiceMock.server().verify(getRequestedFor(urlPathEqualTo("/api/v1/communes/" + code))
                .withQueryParam("asOf", WireMock.equalTo(day)));
    }

    @Test
    void aRecognitionSurveyWithoutStartDateNamesTheCommuneThatBeganItsYear() {
        postSurvey(survey("10618", "RECOGNITION", "NTM", 2025, List.of(), List.of())).then().statusCode(201)
                .body("communeName", equalTo("Xã Hiệp Cát"))
                .body("provinceCode", equalTo("30"))
                .body("communeAsOf", equalTo("2025-01-01"))
                .body("startDate", nullValue());
        assertAskedOn("10618", "2025-01-01");
    }

    @Test
    void aSurveyWithAStartDateNamesTheCommuneOfThatDay() {
        Map<String, Object> body = survey("10621", "PERIODIC", null, 2025, List.of(), List.of());
        body.put("startDate", "2025-05-20");
        postSurvey(body).then().statusCode(201)
                .body("communeName", equalTo("Xã Quốc Tuấn"))
                .body("provinceCode", equalTo("30"))
                .body("startDate", equalTo("2025-05-20"))
                .body("communeAsOf", equalTo("2025-05-20"));
        assertAskedOn("10621", "2025-05-20");
    }

    @Test
    void aSurveyOfADayAfterTheUnitEndedIsRefusedAndNothingIsWritten() {
        Map<String, Object> body = standardSurvey("10636", 2025);
        body.put("startDate", "2025-09-15");
        postSurvey(body).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("ended on 2025-06-30 and did not exist on 2025-09-15"));
        assertThat(Db.count(db, "SELECT count(*) FROM survey WHERE commune_code = '10636'")).isZero();

        // a later year: 1 January 2026 is after the unit ended; the message says how to name another day
        postSurvey(standardSurvey("10609", 2026)).then().statusCode(422)
                .body("errors[0].message", containsString("did not exist on 2026-01-01"))
                .body("errors[0].message", containsString("startDate"));
        assertAskedOn("10609", "2026-01-01");
        // a periodic survey without a start date is checked on today, when the unit no longer exists
        postSurvey(survey("10609", "PERIODIC", null, 2025, List.of(), List.of())).then().statusCode(422).body("errors[0].message", containsString("ended on 2025-06-30"));
        assertThat(Db.count(db, "SELECT count(*) FROM survey WHERE commune_code = '10609'")).isZero();
    }

    @Test
    void aSurveyOfADayBeforeTheUnitBeganIsRefused() {
        // Xã Nam Sách of Hải Phòng exists from 1 July 2025
        Map<String, Object> body = survey("10606", "PERIODIC", null, 2025, List.of(), List.of());
        body.put("startDate", "2025-05-01");
        postSurvey(body).then().statusCode(422)
                .body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("only exists from 2025-07-01, not on 2025-05-01"));
    }

    @Test
    void theStartDateIsADayOfTheSurveysYear() {
        Map<String, Object> body = standardSurvey("10618", 2025);
        body.put("startDate", "2024-12-20");
        postSurvey(body).then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"))
                .body("errors[0].message", containsString("2025"));
        body.put("startDate", "2025-02-30");
        postSurvey(body).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aContributionNamesTheCommuneOfItsDate() {
        String campaign = createCampaign(provinceCampaign("Toàn dân đoàn kết xây dựng nông thôn mới năm 2025 (Hải Dương)", "30",
                "2025-01-01", "2025-12-31"));
        contribute(campaign, money("11005", "2025-04-10", 80_000_000)).then().statusCode(201)
                .body("communeName", equalTo("Xã Liên Hồng")).body("provinceCode", equalTo("30"));
        assertAskedOn("11005", "2025-04-10");
        contribute(campaign, money("11005", "2025-08-10", 80_000_000)).then().statusCode(422)
                .body("errors[0].field", equalTo("communeCode"))
                .body("errors[0].message", containsString("did not exist on 2025-08-10"));
        assertThat(Db.count(db, "SELECT count(*) FROM contribution WHERE commune_code = '11005'")).isEqualTo(1);
    }

    @Test
    void aCampaignNamesTheCommunesOfItsStartDate() {
        as(provinceOfficer("30")).contentType(ContentType.JSON)
                .body(communesCampaign("Chung sức xây dựng nông thôn mới (Gia Xuyên)", List.of("11017"), "2025-02-01", "2025-06-30"))
                .post("/api/v1/campaigns").then().statusCode(201)
                .body("scope.communes[0].name", equalTo("Xã Gia Xuyên"));
        assertAskedOn("11017", "2025-02-01");
        as(provinceOfficer("30")).contentType(ContentType.JSON)
                .body(communesCampaign("Chung sức xây dựng nông thôn mới (Gia Xuyên, sau sáp nhập)", List.of("11017"), "2025-07-01", null))
                .post("/api/v1/campaigns").then().statusCode(422)
                .body("errors[0].field", equalTo("scope.communeCodes[0]"))
                .body("errors[0].message", containsString("did not exist on 2025-07-01"));
    }
}
