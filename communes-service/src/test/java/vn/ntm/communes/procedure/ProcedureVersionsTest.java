package vn.ntm.communes.procedure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;

/** Issue 17: the shipped procedure versions, the survey rule in force, and the DRAFT → PUBLISHED lifecycle with its refusals. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(TestTokens.class)
class ProcedureVersionsTest {

    static final String VERSIONS = "/api/v1/procedure-versions";
    static final AtomicInteger NEXT = new AtomicInteger();

    @Test
    void threeVersionsAreShippedAndTheOldOneIsSuperseded() {
        given().queryParam("size", 200).when().get(VERSIONS).then().statusCode(200)
                .body("items.findAll { it.code == 'NTM-RECOGNITION' }.version", equalTo(List.of(1, 2, 3)))
                .body("items.findAll { it.code == 'NTM-RECOGNITION' }.status", equalTo(List.of("SUPERSEDED", "PUBLISHED", "DRAFT")))
                .body("items.find { it.code == 'NTM-RECOGNITION' && it.version == 1 }.supersededOn", equalTo("2025-07-01"))
                .body("items.find { it.code == 'NTM-RECOGNITION' && it.version == 3 }.periodFrom", equalTo("2026-01-01"));
        given().when().get(VERSIONS + "/NTM-RECOGNITION/versions/1").then().statusCode(200)
                .body("document.steps.code", not(hasItem("FIELD_SURVEY")))
                .body("document.steps.find { it.code == 'VERIFICATION' }.bodies", hasItem("DISTRICT"))
                .body("document.legalBasis.confidence", hasItems("V", "I"));
        given().when().get(VERSIONS + "/NTM-RECOGNITION/versions/2").then().statusCode(200)
                .body("document.steps.code", equalTo(List.of("SELF_ASSESSMENT", "PUBLICATION_FOR_COMMENT", "SATISFACTION_SURVEY", "COMMUNE_VOTE",
                        "SUBMISSION", "VERIFICATION", "FIELD_SURVEY", "PROVINCIAL_APPRAISAL", "COUNCIL_VOTE", "RECOGNISED", "REJECTED",
                        "RETURNED_FOR_REVISION")))
                .body("document.steps.find { it.code == 'VERIFICATION' }.bodies", equalTo(List.of("PROVINCE")))
                .body("document.steps.find { it.code == 'FIELD_SURVEY' }.basis", equalTo("R"))
                .body("document.steps.find { it.code == 'COUNCIL_VOTE' }.preconditions", equalTo(List.of("VOTE_MAJORITY", "SECTOR_SIGN_OFF",
                        "FIELD_FLAGS_RESOLVED")))
                .body("document.moves.findAll { it.kind == 'RETURN' }.from", equalTo(List.of("VERIFICATION", "FIELD_SURVEY", "PROVINCIAL_APPRAISAL")));
        given().when().get(VERSIONS + "/NTM-RECOGNITION/versions/9").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theSurveyRuleIsTheOneOfTheVersionInForce() {
        given().queryParam("level", "ADVANCED").queryParam("date", "2025-10-15").when().get(VERSIONS + "/survey-rule").then().statusCode(200)
                .body("procedureCode", equalTo("NTM-RECOGNITION")).body("version", equalTo(2)).body("ruleVersion", equalTo("NTM-RECOGNITION/v2"))
                .body("level", equalTo("ADVANCED")).body("coverageFloor", equalTo(0.60f)).body("passRate", equalTo(0.90f))
                .body("confidence", equalTo("I")).body("source", containsString("90/HD-MTTW-BTT"));
        given().queryParam("level", "NTM").queryParam("date", "2024-05-01").when().get(VERSIONS + "/survey-rule").then().statusCode(200)
                .body("ruleVersion", equalTo("NTM-RECOGNITION/v1"));
        // the day before and the day of the reform
        given().queryParam("level", "NTM").queryParam("date", "2025-06-30").when().get(VERSIONS + "/survey-rule").then().body("version", equalTo(1));
        given().queryParam("level", "NTM").queryParam("date", "2025-07-01").when().get(VERSIONS + "/survey-rule").then().body("version", equalTo(2));

        given().queryParam("level", "NTM").queryParam("date", "2020-01-01").when().get(VERSIONS + "/survey-rule").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("2020-01-01"));
        // the 2026–2030 pilot level has no published survey rule: said, not borrowed
        given().queryParam("level", "MODERN").queryParam("date", "2026-03-01").when().get(VERSIONS + "/survey-rule").then().statusCode(404)
                .body("detail", containsString("sets no satisfaction-survey rule for MODERN"));
        given().queryParam("level", "VILLAGE").queryParam("date", "2025-10-15").when().get(VERSIONS + "/survey-rule").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("level"));
        given().queryParam("level", "NTM").queryParam("date", "15/10/2025").when().get(VERSIONS + "/survey-rule").then().statusCode(400)
                .body("errors[0].field", equalTo("date"));
        given().when().get(VERSIONS + "/survey-rule").then().statusCode(400).body("errors[0].field", equalTo("level"));
    }

    /** A copy of the province version under a new code, for a period no dossier of the other tests reaches. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> testDocument(String code) {
        Map<String, Object> doc = new LinkedHashMap<>(given().when().get(VERSIONS + "/NTM-RECOGNITION/versions/2").then().statusCode(200)
                .extract().<Map<String, Object>>path("document"));
        doc.put("code", code);
        doc.remove("version");
        doc.put("periodFrom", "2041-01-01");
        doc.put("periodTo", "2045-12-31");
        doc.put("levels", List.of("NTM"));
        doc.put("surveyRules", Map.of("NTM", Map.of("coverageFloor", 0.75, "passRate", 0.95, "source", "Thử nghiệm", "confidence", "I")));
        // the two checks of other packages are not needed here; one unknown code is added on purpose below
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) doc.get("steps")) {
            Map<String, Object> copy = new LinkedHashMap<>(s);
            if ("COUNCIL_VOTE".equals(copy.get("code"))) {
                copy.put("preconditions", List.of("VOTE_MAJORITY", "NOT_A_CHECK"));
            }
            steps.add(copy);
        }
        doc.put("steps", steps);
        return doc;
    }

    @Test
    void anAdministratorDraftsEditsAndPublishesAVersion() {
        String code = "TEST-PROC-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Map<String, Object> doc = testDocument(code);

        // bad input: each unusable field named
        Map<String, Object> bad = new LinkedHashMap<>(doc);
        bad.put("levels", List.of());
        bad.put("moves", List.of(Map.of("from", "SUBMISSION", "to", "NOWHERE", "kind", "FORWARD")));
        Callers.admin().contentType(ContentType.JSON).body(bad).when().post(VERSIONS).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItems("levels", "moves[0].to"));
        Callers.admin().contentType(ContentType.JSON).body("{\"code\": ").when().post(VERSIONS).then().statusCode(400);

        Callers.admin().contentType(ContentType.JSON).body(doc).when().post(VERSIONS).then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("DRAFT")).body("version", equalTo(1));
        Callers.admin().contentType(ContentType.JSON).body(doc).when().post(VERSIONS).then().statusCode(409);
        String path = VERSIONS + "/" + code + "/versions/1";

        // editing needs the draft's revision
        Callers.admin().contentType(ContentType.JSON).body(doc).when().put(path).then().statusCode(428);
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(doc).when().put(path).then().statusCode(412);
        Map<String, Object> unknownStep = new LinkedHashMap<>(doc);
        List<Map<String, Object>> steps = new ArrayList<>(castSteps(doc));
        steps.add(Map.of("code", "CELEBRATION", "nameVi", "Lễ công bố", "actingBody", "UBND xã", "bodies", List.of("COMMUNE"),
                "roles", List.of("COMMUNE_OFFICER"), "basis", "I"));
        unknownStep.put("steps", steps);
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(unknownStep).when().put(path).then().statusCode(400)
                .body("errors.field", hasItem("steps[12].code"));
        Map<String, Object> edited = new LinkedHashMap<>(doc);
        edited.put("titleEn", "Test procedure, edited");
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(edited).when().put(path).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("document.titleEn", equalTo("Test procedure, edited"));

        // publishing refuses a precondition no check answers to, and dates outside the period
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("effectiveFrom", "2041-01-01"))
                .when().post(path + "/publish").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].message", containsString("NOT_A_CHECK"));
        Map<String, Object> fixed = testDocument(code);
        castSteps(fixed).stream().filter(s -> "COUNCIL_VOTE".equals(s.get("code"))).forEach(s -> s.put("preconditions", List.of("VOTE_MAJORITY")));
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(fixed).when().put(path).then().statusCode(200)
                .header("ETag", equalTo("\"2\""));
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("effectiveFrom", "2040-12-31"))
                .when().post(path + "/publish").then().statusCode(400).body("errors[0].field", equalTo("effectiveFrom"));
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of()).when().post(path + "/publish").then().statusCode(400);
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"2\"").body(Map.of("effectiveFrom", "2041-03-01"))
                .when().post(path + "/publish").then().statusCode(200).body("status", equalTo("PUBLISHED")).body("effectiveFrom", equalTo("2041-03-01"));

        // published: frozen
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(fixed).when().put(path).then().statusCode(409)
                .body("detail", containsString("never changes"));
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"3\"").body(Map.of("effectiveFrom", "2041-03-01"))
                .when().post(path + "/publish").then().statusCode(409);
        given().queryParam("level", "NTM").queryParam("date", "2042-01-01").when().get(VERSIONS + "/survey-rule").then().statusCode(200)
                .body("ruleVersion", equalTo(code + "/v1")).body("passRate", equalTo(0.95f));

        // the next version: one draft at a time, never effective before the one it replaces
        Callers.admin().when().post(VERSIONS + "/" + code + "/drafts").then().statusCode(201).body("version", equalTo(2))
                .body("status", equalTo("DRAFT")).body("document.periodFrom", equalTo("2041-01-01"));
        Callers.admin().when().post(VERSIONS + "/" + code + "/drafts").then().statusCode(409);
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("effectiveFrom", "2041-02-01"))
                .when().post(VERSIONS + "/" + code + "/versions/2/publish").then().statusCode(400)
                .body("errors[0].message", containsString("2041-03-01"));
        Callers.admin().when().post(VERSIONS + "/NO-SUCH-PROC/drafts").then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> castSteps(Map<String, Object> doc) {
        return (List<Map<String, Object>>) doc.get("steps");
    }
}
