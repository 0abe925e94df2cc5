package vn.ntm.communes.criteria;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.ntm.communes.certification.Programme2026.assessed;
import static vn.ntm.communes.certification.Programme2026.evaluation;
import static vn.ntm.communes.certification.Programme2026.importValues;
import static vn.ntm.communes.certification.Programme2026.openAssessment;
import static vn.ntm.communes.certification.Programme2026.placeGroup;
import static vn.ntm.communes.certification.Programme2026.simulation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.certification.FakeNeighbours;
import vn.ntm.communes.certification.TestCommunes.Commune;
import vn.ntm.communes.certification.TestCommunes2026;
import vn.ntm.communes.certification.TestSets;

/**
 * The lifecycle draft → published → superseded (issue 15): a set whose threshold is provisional is completed through
 * the API, tried as a simulation, published from a date, and then decides the same assessment; a published version
 * never changes.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class CriteriaSetDraftTest {

    static final String SETS = "/api/v1/criteria-sets/";

    @Test
    void aDraftCompletedAndPublishedThroughTheApiDecidesTheAssessment() {
        String code = TestSets.publish(TestSets.code("DRAFT"), TestSets.byCommuneGroup(false));
        Commune c = TestCommunes2026.dienBien();
        String id = assessed(code, c, "GROUP_3", 60);
        evaluation(id).body("verdict", equalTo("UNDECIDABLE")).body("blockingIndicators", equalTo(List.of("3.1")));

        Callers.admin().when().post(SETS + code + "/drafts").then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString(SETS + code + "/versions/2"))
                .body("version", equalTo(2))
                .body("status", equalTo("DRAFT"));
        // one draft at a time
        Callers.admin().when().post(SETS + code + "/drafts").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("version 2"));

        Map<String, Object> completed = TestSets.byCommuneGroup(true);
        // edits need the draft's revision
        Callers.admin().contentType(ContentType.JSON).body(completed).when().put(SETS + code + "/versions/2").then().statusCode(428);
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"7\"").body(completed)
                .when().put(SETS + code + "/versions/2").then().statusCode(412);
        // a new version keeps the level and period
        Map<String, Object> otherPeriod = TestSets.byCommuneGroup(true);
        otherPeriod.put("periodTo", 2035);
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(otherPeriod)
                .when().put(SETS + code + "/versions/2").then().statusCode(400)
                .body("errors.field", hasItem("level"));
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(completed)
                .when().put(SETS + code + "/versions/2").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("DRAFT"));

        // the draft can be tried, and decides nothing
        simulation(id, 2).statusCode(200).body("simulation", equalTo(true)).body("verdict", equalTo("ELIGIBLE"))
                .body("criteriaSet.version", equalTo(2));
        evaluation(id).body("verdict", equalTo("UNDECIDABLE")).body("simulation", equalTo(false));

        // published from a date inside the period, never before the version it replaces
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("effectiveFrom", "2031-01-01"))
                .when().post(SETS + code + "/versions/2/publish").then().statusCode(400)
                .body("errors.field", hasItem("effectiveFrom"));
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of())
                .when().post(SETS + code + "/versions/2/publish").then().statusCode(400);
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("effectiveFrom", "2026-03-01"))
                .when().post(SETS + code + "/versions/2/publish").then().statusCode(200)
                .body("status", equalTo("PUBLISHED"))
                .body("effectiveFrom", equalTo("2026-03-01"));

        // the assessment dated 30 November follows the version in force on its date
        evaluation(id).body("verdict", equalTo("ELIGIBLE")).body("criteriaSet.version", equalTo(2)).body("simulation", equalTo(false));
        given().when().get(SETS + code + "/versions/1").then().statusCode(200).body("status", equalTo("SUPERSEDED"));

        // a published version never changes
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(completed)
                .when().put(SETS + code + "/versions/2").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("never changes"));
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("effectiveFrom", "2026-03-01"))
                .when().post(SETS + code + "/versions/2/publish").then().statusCode(409);
    }

    @Test
    void onlyTheAdministratorDraftsANationalSet() {
        String code = TestSets.publish(TestSets.code("DRAFT"), TestSets.byCommuneGroup(false));
        Callers.provinceOfficer("11").when().post(SETS + code + "/drafts").then().statusCode(403)
                .contentType("application/problem+json");
        Callers.admin().when().post(SETS + code + "/drafts").then().statusCode(201);
        // the scope is checked before the draft's state: no If-Match, yet 403, not 428
        Callers.provinceOfficer("11").contentType(ContentType.JSON).body(TestSets.byCommuneGroup(true))
                .when().put(SETS + code + "/versions/2").then().statusCode(403);
        Callers.provinceOfficer("11").contentType(ContentType.JSON).body(Map.of("effectiveFrom", "2026-03-01"))
                .when().post(SETS + code + "/versions/2/publish").then().statusCode(403);
        given().when().get(SETS + code + "/versions/2").then().statusCode(200).header("ETag", equalTo("\"0\"")).body("status", equalTo("DRAFT"));
    }

    @Test
    void unknownSetsAndVersionsAreNotFound() {
        Callers.admin().when().post(SETS + "NO-SUCH-SET/drafts").then().statusCode(404).contentType("application/problem+json");
        given().when().get(SETS + "QD51-NTM-2026-2030/versions/99").then().statusCode(404).contentType("application/problem+json");
        given().when().get(SETS + "QD51-NTM-2026-2030/versions/0").then().statusCode(400).contentType("application/problem+json");
        given().when().get(SETS + "QD51-NTM-2026-2030/versions/abc").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void simulationNeedsAVersion() {
        String code = TestSets.publish(TestSets.code("DRAFT"), TestSets.byCommuneGroup(false));
        Commune c = TestCommunes2026.dienBien();
        placeGroup(c, "GROUP_3", "2026-02-15");
        String id = openAssessment(c, code, 2026, "2026-11-30");
        given().when().get("/api/v1/assessments/" + id + "/simulation").then().statusCode(400).contentType("application/problem+json");
        simulation(id, 9).statusCode(404).contentType("application/problem+json");
    }
}
