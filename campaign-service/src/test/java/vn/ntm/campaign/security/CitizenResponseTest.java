package vn.ntm.campaign.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.form;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/** A citizen answers a survey of its commune once, for the household its token names, and for no other. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class CitizenResponseTest {

    /** Xã Thượng Hồng (Hải Phòng), used by this class only. */
    private static final String COMMUNE = "10993";

    @Inject
    AgroalDataSource db;

    private static Response submit(String token, String survey, Map<String, Object> form) {
        return as(token).contentType(ContentType.JSON).body(form).post("/api/v1/surveys/" + survey + "/responses");
    }

    @Test
    void aCitizenAnswersOnceForItsOwnHousehold() {
        String survey = createOpen(standardSurvey(COMMUNE, 2028));
        String citizen = TestTokens.citizen("31", COMMUNE, "HGĐ-THÔN ĐÔNG-0311");
        UUID first = UUID.randomUUID();

        // the identifier as the citizen types it: other case and spacing still name the token's household
        submit(citizen, survey, form(first, "THON-DONG", "  hgđ-thôn  đông-0311", "Q1:S", "Q2:N:Đường ngõ còn lầy lội", "Q9:S"))
                .then().statusCode(201).body("recordedBy", matchesPattern("citizen~k1\\.[0-9a-f]{24}"));
        submit(citizen, survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0311", "Q1:S", "Q2:S", "Q9:S"))
                .then().statusCode(409).body("errors[0].field", equalTo("householdId"))
                .body("detail", containsString("already answered"));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(1);
    }

    @Test
    void aCitizenCannotAnswerForAnotherHousehold() {
        String survey = createOpen(standardSurvey(COMMUNE, 2029));
        UUID responseId = UUID.randomUUID();
        submit(TestTokens.citizen("31", COMMUNE, "HGĐ-THÔN ĐÔNG-0312"), survey,
                form(responseId, "THON-DONG", "HGĐ-THÔN ĐÔNG-0313", "Q1:S", "Q2:S", "Q9:S"))
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("household its token names"));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE id = ?", responseId)).isZero();
    }

    @Test
    void aCitizenTokenWithoutHouseholdCannotAnswer() {
        String survey = createOpen(standardSurvey(COMMUNE, 2030));
        submit(TestTokens.token(Roles.CITIZEN, "31", COMMUNE), survey,
                form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0314", "Q1:S", "Q2:S", "Q9:S"))
                .then().statusCode(403).body("detail", containsString("names no household"));
    }

    @Test
    void aCitizenOfAnotherCommuneCannotAnswer() {
        String survey = createOpen(standardSurvey(COMMUNE, 2031));
        submit(TestTokens.citizen("31", "10813", "HGĐ-THÔN ĐÔNG-0315"), survey,
                form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0315", "Q1:S", "Q2:S", "Q9:S"))
                .then().statusCode(403).body("detail", containsString(COMMUNE));
    }

    /** Law 91/2025: the person's identity never sits beside their answers, neither on the form nor in the audit trail. */
    @Test
    void aCitizensIdentityIsStoredNowhereBesideTheAnswers() {
        String survey = createOpen(standardSurvey(COMMUNE, 2032));
        String subject = "test.citizen.31." + COMMUNE;
        String citizen = TestTokens.citizen("31", COMMUNE, "HGĐ-THÔN ĐÔNG-0316");
        UUID responseId = UUID.randomUUID();
        String recordedBy = submit(citizen, survey, form(responseId, "THON-DONG", "HGĐ-THÔN ĐÔNG-0316", "Q1:S", "Q2:S", "Q9:S"))
                .then().statusCode(201).extract().path("recordedBy");
        assertThat(recordedBy).startsWith("citizen~k1.").doesNotContain(subject);

        // the same account is recognisable as one account (the same pseudonym), without naming it
        String again = createOpen(standardSurvey(COMMUNE, 2033));
        submit(citizen, again, form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0316", "Q1:S", "Q2:S", "Q9:S"))
                .then().statusCode(201).body("recordedBy", equalTo(recordedBy));

        // the Front's view of the answers shows the pseudonym
        as(surveyor(COMMUNE)).get("/api/v1/surveys/" + survey + "/responses/" + responseId).then().statusCode(200)
                .body("recordedBy", equalTo(recordedBy));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE recorded_by = ?", subject)).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE actor = ?", subject)).isZero();
        assertThat(Db.count(db, "SELECT count(*) FROM audit_event WHERE actor = ? AND path LIKE ?", recordedBy, "/api/v1/surveys/" + survey + "%"))
                .isEqualTo(1);
    }

    /** An officer acts in office: the Front surveyor entering a household's form is recorded by name. */
    @Test
    void theSurveyorIsStillRecordedByName() {
        String survey = createOpen(standardSurvey(COMMUNE, 2034));
        submit(surveyor(COMMUNE), survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0317", "Q1:S", "Q2:S", "Q9:S"))
                .then().statusCode(201).body("recordedBy", equalTo("test.front_surveyor.31." + COMMUNE));
    }
}
