package vn.ntm.communes.certification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.Level;
import vn.ntm.communes.certification.TestCommunes.Commune;
import vn.ntm.communes.recognition.RecognitionRegistry;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class DossierWorkflowTest {

    static final String DOSSIERS = "/api/v1/dossiers";

    @Inject
    RecognitionRegistry registry;

    // ---- fakes of the other services ----

    static void survey(String code, String level, int households, int forms, String rate, String state, boolean passed) {
        FakeNeighbours.server.stubFor(get(urlPathEqualTo("/api/v1/communes/" + code + "/satisfaction")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"surveyId": "5d3c2f4e-1b2a-4c3d-9e8f-7a6b5c4d3e2f", "state": "%s", "householdsInScope": %d, "formsReturned": %d,
                         "coverage": %.4f, "coverageFloor": 0.8, "coverageMet": true, "overallRate": %s, "passRate": 0.85, "passed": %s}"""
                        .formatted(state, households, forms, (double) forms / households, rate, passed))));
    }

    static void goodSurvey(String code, String level) {
        survey(code, level, 1240, 1198, "0.9650", "CLOSED", true);
    }

    static void ocop(String code, String byStars, int highest) {
        FakeNeighbours.server.stubFor(get(urlPathEqualTo("/api/v1/ocop/communes/" + code + "/summary")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"activeProducts\": 3, \"byStars\": " + byStars + ", \"highestStars\": " + highest + "}")));
    }

    static void campaignAnswers(String code, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        FakeNeighbours.server.stubFor(get(urlPathEqualTo("/api/v1/communes/" + code + "/satisfaction")).willReturn(answer));
    }

    // ---- helpers ----

    static Map<String, Object> step(String to, String body, String date) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("to", to);
        m.put("body", body);
        m.put("date", date);
        m.put("documents", List.of(Map.of("number", "15/BC-UBND", "date", date, "title", "Văn bản của bước " + to)));
        return m;
    }

    static Map<String, Object> vote(String to, String body, String date, int votesFor, int votesAgainst) {
        Map<String, Object> m = step(to, body, date);
        m.put("votesFor", votesFor);
        m.put("votesAgainst", votesAgainst);
        return m;
    }

    static Map<String, Object> submission(String date) {
        Map<String, Object> m = step("SUBMISSION", "COMMUNE", date);
        m.put("declarations", Map.of("capitalConstructionDebt", false, "securityTroubleSpot", false));
        return m;
    }

    static Map<String, Object> recognised(String date) {
        Map<String, Object> m = step("RECOGNISED", "PROVINCE", date);
        m.put("decision", Map.of("number", "3456/QĐ-UBND", "date", date, "signer", "Chủ tịch UBND tỉnh"));
        return m;
    }

    /** Any official of the province may read its dossiers. */
    static RequestSpecification reader() {
        return Callers.provinceOfficer(TestCommunes.PROVINCE);
    }

    /** The commune's own officer. */
    static RequestSpecification asCommune(Commune commune) {
        return Callers.communeOfficer(commune.provinceCode(), commune.code());
    }

    /** Who records each step here: the commune's officer its own steps, then the appraiser, the council and the province. */
    static RequestSpecification actorOf(Object step, String communeCode) {
        return switch (String.valueOf(step)) {
            case "VERIFICATION", "PROVINCIAL_APPRAISAL" -> Callers.appraiser(TestCommunes.PROVINCE);
            case "COUNCIL_VOTE" -> Callers.councilMember(TestCommunes.PROVINCE);
            case "RECOGNISED", "REJECTED" -> Callers.provinceOfficer(TestCommunes.PROVINCE);
            default -> Callers.communeOfficer(TestCommunes.PROVINCE, communeCode);
        };
    }

    static String etag(String id) {
        return reader().when().get(DOSSIERS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse transition(String id, Map<String, Object> body) {
        var dossier = reader().when().get(DOSSIERS + "/" + id).then().statusCode(200).extract();
        return actorOf(body.get("to"), dossier.path("communeCode")).contentType(ContentType.JSON).header("If-Match", dossier.header("ETag"))
                .body(body).when().post(DOSSIERS + "/" + id + "/transitions").then();
    }

    static String open(Commune commune, String level, String assessmentId, int year) {
        return asCommune(commune).contentType(ContentType.JSON).body(Map.of("assessmentId", assessmentId, "communeCode", commune.code(), "level", level,
                        "year", year, "date", "2024-09-20", "documents", List.of(Map.of("number", "38/BC-UBND", "date", "2024-09-20",
                                "title", "Báo cáo tự đánh giá kết quả thực hiện bộ tiêu chí năm " + year))))
                .when().post(DOSSIERS).then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("state", equalTo("SELF_ASSESSMENT"))
                .body("nextSteps", equalTo(List.of("PUBLICATION_FOR_COMMENT", "REJECTED")))
                .body("steps[0].actedBy", equalTo(Callers.subject("COMMUNE_OFFICER", commune.provinceCode(), commune.code())))
                .body("steps[0].actedRoles", equalTo("COMMUNE_OFFICER"))
                .body("steps[0].body", equalTo("COMMUNE"))
                .extract().path("id");
    }

    /** What a refused request must leave untouched. */
    record Snapshot(String state, String etag, int steps) {
    }

    static Snapshot snapshot(String id) {
        var r = reader().when().get(DOSSIERS + "/" + id).then().statusCode(200).extract();
        return new Snapshot(r.path("state"), r.header("ETag"), r.<List<?>>path("steps").size());
    }

    static String eligibleAssessment(Commune commune, String level) {
        String set = TestSets.publish(TestSets.code("TEST-" + level), TestSets.national(level));
        String id = TestSets.openAssessment(commune.code(), set, 2024);
        TestSets.importValues(id, TestSets.passingValues());
        return id;
    }

    /** From SELF_ASSESSMENT to COUNCIL_VOTE, dated in 2024 (the district still existed). */
    static void walkToCouncilVote(String id, String communeCode, String level) {
        goodSurvey(communeCode, level);
        transition(id, step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(200).body("state", equalTo("PUBLICATION_FOR_COMMENT"));
        transition(id, step("SATISFACTION_SURVEY", "COMMUNE", "2024-10-20")).statusCode(200)
                .body("steps[2].checks.survey.formsReturned", equalTo(1198));
        transition(id, vote("COMMUNE_VOTE", "COMMUNE", "2024-10-25", 46, 2)).statusCode(200).body("steps[3].votesFor", equalTo(46));
        transition(id, submission("2024-10-30")).statusCode(200).body("declarations.capitalConstructionDebt", equalTo(false));
        transition(id, step("VERIFICATION", "DISTRICT", "2024-11-20")).statusCode(200).body("steps[5].body", equalTo("DISTRICT"));
        transition(id, step("PROVINCIAL_APPRAISAL", "PROVINCE", "2024-12-10")).statusCode(200);
        SignOffs.approveAll(id);
        transition(id, vote("COUNCIL_VOTE", "PROVINCE", "2024-12-20", 18, 1)).statusCode(200);
    }

    static void assertRecognised(String id, int steps) {
        reader().when().get(DOSSIERS + "/" + id).then().statusCode(200)
                .body("state", equalTo("RECOGNISED"))
                .body("nextSteps", hasSize(0))
                .body("decision.number", equalTo("3456/QĐ-UBND"))
                .body("recognitionId", notNullValue())
                .body("steps", hasSize(steps))
                .body("steps.state", equalTo(List.of("SELF_ASSESSMENT", "PUBLICATION_FOR_COMMENT", "SATISFACTION_SURVEY", "COMMUNE_VOTE",
                        "SUBMISSION", "VERIFICATION", "PROVINCIAL_APPRAISAL", "COUNCIL_VOTE", "RECOGNISED")));
    }

    long unitId(String id) {
        return reader().when().get(DOSSIERS + "/" + id).then().extract().<Number>path("unitId").longValue();
    }

    // ---- every step, for each level ----

    @Test
    void ntmDossierWalksEveryStepToRecognition() {
        Commune commune = TestCommunes.next();
        String assessment = eligibleAssessment(commune, "NTM");
        String id = open(commune, "NTM", assessment, 2024);
        walkToCouncilVote(id, commune.code(), "NTM");
        // submitted: the assessment's values are what the province verified, they no longer change
        String assessmentEtag = given().when().get("/api/v1/assessments/" + assessment).then().extract().header("ETag");
        TestSets.communeOfficer(commune.code()).contentType(ContentType.JSON).header("If-Match", assessmentEtag).body(Map.of("value", false))
                .when().put("/api/v1/assessments/" + assessment + "/indicators/1.1").then().statusCode(409)
                .body("detail", containsString("no longer change"));
        transition(id, recognised("2024-12-29")).statusCode(200).header("ETag", equalTo("\"8\""));
        assertRecognised(id, 9);
        assertThat(registry.current(unitId(id), Level.NTM, LocalDate.of(2025, 1, 2))).get()
                .satisfies(r -> assertThat(r.decisionNumber()).isEqualTo("3456/QĐ-UBND"))
                .satisfies(r -> assertThat(r.recognitionYear()).isEqualTo(2024));
        Callers.provinceOfficer(TestCommunes.PROVINCE).contentType(ContentType.JSON).header("If-Match", "\"8\"")
                .body(step("REJECTED", "PROVINCE", "2024-12-30"))
                .when().post(DOSSIERS + "/" + id + "/transitions").then().statusCode(409)
                .body("detail", containsString("RECOGNISED"));
    }

    @Test
    void advancedDossierNeedsACurrentNtmRecognition() {
        Commune commune = TestCommunes.next();
        String id = open(commune, "ADVANCED", eligibleAssessment(commune, "ADVANCED"), 2024);
        goodSurvey(commune.code(), "ADVANCED");
        transition(id, step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(200);
        transition(id, step("SATISFACTION_SURVEY", "COMMUNE", "2024-10-20")).statusCode(200);
        transition(id, vote("COMMUNE_VOTE", "COMMUNE", "2024-10-25", 46, 2)).statusCode(200);

        Snapshot before = snapshot(id);
        transition(id, step("SUBMISSION", "COMMUNE", "2024-10-30")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/precondition-unmet"))
                .body("context.step", equalTo("SUBMISSION"))
                .body("context.unmetConditions.code", hasItems("NO_CAPITAL_CONSTRUCTION_DEBT", "NOT_SECURITY_TROUBLE_SPOT", "PREREQUISITE_RECOGNITION"));
        assertThat(snapshot(id)).isEqualTo(before);

        TestSets.recordRecognition(commune.code(), "NTM", "QD318-NTM-2021-2025", 2022, "2022-12-29", null);
        transition(id, submission("2024-10-30")).statusCode(200).body("steps[4].checks.prerequisite.level", equalTo("NTM"));
        transition(id, step("VERIFICATION", "DISTRICT", "2024-11-20")).statusCode(200);
        transition(id, step("PROVINCIAL_APPRAISAL", "PROVINCE", "2024-12-10")).statusCode(200);
        SignOffs.approveAll(id);
        transition(id, vote("COUNCIL_VOTE", "PROVINCE", "2024-12-20", 18, 1)).statusCode(200);
        transition(id, recognised("2024-12-29")).statusCode(200);
        assertRecognised(id, 9);
        assertThat(registry.current(unitId(id), Level.ADVANCED, LocalDate.of(2025, 1, 2))).isPresent();
    }

    @Test
    void modelDossierInProductionNeedsAFourStarOcopProduct() {
        String advancedSet = TestSets.publish(TestSets.code("TEST-ADV"), TestSets.national("ADVANCED"));
        String modelSet = TestSets.publish(TestSets.code("TEST-MODEL"), TestSets.model(advancedSet));
        TestSets.defineOutstandingFields();
        Commune commune = TestCommunes.next();
        TestSets.recordRecognition(commune.code(), "ADVANCED", "QD318-ADVANCED-2021-2025", 2023, "2023-12-29", null);
        String assessment = TestSets.openAssessment(commune.code(), modelSet, 2024);
        TestSets.importValues(assessment, List.of(TestSets.row("M2.1", 70.5), TestSets.row("M3.1", 2), TestSets.row("M4.1", "PRODUCTION")));

        String id = open(commune, "MODEL", assessment, 2024);
        goodSurvey(commune.code(), "MODEL");
        transition(id, step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(200)
                .body("steps[1].checks.evaluation.criteriaMet", equalTo("4/4"));
        transition(id, step("SATISFACTION_SURVEY", "COMMUNE", "2024-10-20")).statusCode(200);
        transition(id, vote("COMMUNE_VOTE", "COMMUNE", "2024-10-25", 50, 1)).statusCode(200);

        // only 3-star products: the production field is not met
        ocop(commune.code(), "{\"3\": 3, \"4\": 0, \"5\": 0}", 3);
        Snapshot before = snapshot(id);
        transition(id, submission("2024-10-30")).statusCode(422)
                .body("context.unmetConditions.code", equalTo(List.of("OCOP_PRODUCT")))
                .body("context.unmetConditions[0].message", containsString("4 stars or more"));
        assertThat(snapshot(id)).isEqualTo(before);

        // ocop-service down: 503, nothing changed
        FakeNeighbours.server.stubFor(get(urlPathEqualTo("/api/v1/ocop/communes/" + commune.code() + "/summary"))
                .willReturn(aResponse().withStatus(502)));
        transition(id, submission("2024-10-30")).statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("https://ntm.example/problems/dependency-unavailable"))
                .body("context.dependency", equalTo("ocop-service"));
        assertThat(snapshot(id)).isEqualTo(before);

        ocop(commune.code(), "{\"3\": 2, \"4\": 1, \"5\": 0}", 4);
        transition(id, submission("2024-10-30")).statusCode(200)
                .body("outstandingField", equalTo("PRODUCTION"))
                .body("steps[4].checks.ocop.qualifyingProducts", equalTo(1));
        transition(id, step("VERIFICATION", "DISTRICT", "2024-11-20")).statusCode(200);
        transition(id, step("PROVINCIAL_APPRAISAL", "PROVINCE", "2024-12-10")).statusCode(200);
        SignOffs.approveAll(id);
        transition(id, vote("COUNCIL_VOTE", "PROVINCE", "2024-12-20", 18, 1)).statusCode(200);
        transition(id, recognised("2024-12-29")).statusCode(200);
        assertRecognised(id, 9);
        assertThat(registry.current(unitId(id), Level.MODEL, LocalDate.of(2025, 1, 2))).get()
                .satisfies(r -> assertThat(r.outstandingField()).isEqualTo("PRODUCTION"))
                .satisfies(r -> assertThat(r.criteriaSetCode()).isEqualTo(modelSet));
    }

    // ---- refusals change nothing ----

    @Test
    void refusedTransitionsChangeNothing() {
        Commune commune = TestCommunes.next();
        String id = open(commune, "NTM", eligibleAssessment(commune, "NTM"), 2024);
        Snapshot before = snapshot(id);

        asCommune(commune).contentType(ContentType.JSON).body(step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25"))
                .when().post(DOSSIERS + "/" + id + "/transitions").then().statusCode(428)
                .body("type", equalTo("https://ntm.example/problems/version-required"));
        assertThat(snapshot(id)).isEqualTo(before);

        asCommune(commune).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25"))
                .when().post(DOSSIERS + "/" + id + "/transitions").then().statusCode(412)
                .body("type", equalTo("https://ntm.example/problems/stale-version"));
        assertThat(snapshot(id)).isEqualTo(before);

        transition(id, step("SUBMISSION", "COMMUNE", "2024-09-25")).statusCode(409)
                .body("type", equalTo("https://ntm.example/problems/invalid-transition"))
                .body("context.from", equalTo("SELF_ASSESSMENT"))
                .body("context.allowed", equalTo(List.of("PUBLICATION_FOR_COMMENT", "REJECTED")));
        assertThat(snapshot(id)).isEqualTo(before);

        transition(id, step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-01")).statusCode(400)
                .body("errors[0].field", equalTo("date")).body("errors[0].message", containsString("previous step"));
        transition(id, step("PUBLICATION_FOR_COMMENT", "COMMUNE", LegalDate.today().plusDays(3).toString())).statusCode(400);
        transition(id, Map.of("to", "PUBLISHED", "body", "COMMUNE")).statusCode(400).body("errors[0].field", equalTo("to"));
        transition(id, step("REJECTED", "PROVINCE", "2024-09-25")).statusCode(400).body("errors[0].field", equalTo("note"));
        asCommune(commune).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25"))
                .when().post(DOSSIERS + "/3f1c9a52-6f0e-4a7b-9d0e-8f6f3c1d2b7a/transitions").then().statusCode(404);
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void anIneligibleAssessmentIsANamedUnmetCondition() {
        Commune commune = TestCommunes.next();
        String set = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.national("NTM"));
        String assessment = TestSets.openAssessment(commune.code(), set, 2024);
        TestSets.importValues(assessment, List.of(TestSets.row("10.1", 40)));
        String id = open(commune, "NTM", assessment, 2024);
        Snapshot before = snapshot(id);
        transition(id, step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(422)
                .body("context.unmetConditions[0].code", equalTo("ASSESSMENT_ELIGIBLE"))
                .body("context.unmetConditions[0].message", containsString("0/19"));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void theSurveyIsCheckedAgainstOurThresholdsAndItsAbsenceIsNamed() {
        Commune commune = TestCommunes.next();
        String id = open(commune, "NTM", eligibleAssessment(commune, "NTM"), 2024);
        transition(id, step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(200);
        Snapshot before = snapshot(id);
        Map<String, Object> surveyStep = step("SATISFACTION_SURVEY", "COMMUNE", "2024-10-20");

        campaignAnswers(commune.code(), aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\": 404, \"detail\": \"no closed survey\"}"));
        transition(id, surveyStep).statusCode(422).body("context.unmetConditions.code", equalTo(List.of("SURVEY_CLOSED")));
        assertThat(snapshot(id)).isEqualTo(before);

        survey(commune.code(), "NTM", 1240, 1198, "0.9650", "OPEN", true);
        transition(id, surveyStep).statusCode(422).body("context.unmetConditions.code", equalTo(List.of("SURVEY_CLOSED")));

        // the pinned version's rule (NTM-RECOGNITION/v1: coverage 0.60, pass rate 0.90) judges the survey, whatever the answer says
        survey(commune.code(), "NTM", 1000, 850, "0.8800", "CLOSED", true);
        transition(id, surveyStep).statusCode(422)
                .body("context.unmetConditions.code", equalTo(List.of("SURVEY_SATISFACTION")))
                .body("context.unmetConditions[0].message", containsString("0.8800 is below the pass rate 0.90"));
        survey(commune.code(), "NTM", 1000, 590, "0.9500", "CLOSED", true);
        transition(id, surveyStep).statusCode(422)
                .body("context.unmetConditions.code", equalTo(List.of("SURVEY_COVERAGE")))
                .body("context.unmetConditions[0].message", containsString("at least 0.60"));
        assertThat(snapshot(id)).isEqualTo(before);

        // exactly on the thresholds passes
        survey(commune.code(), "NTM", 1000, 600, "0.9000", "CLOSED", true);
        transition(id, surveyStep).statusCode(200).body("state", equalTo("SATISFACTION_SURVEY"))
                .body("steps[2].checks.survey.ruleVersion", equalTo("NTM-RECOGNITION/v1"));
    }

    @Test
    void aDependencyThatIsDownIsA503AndChangesNothing() {
        Commune commune = TestCommunes.next();
        String id = open(commune, "NTM", eligibleAssessment(commune, "NTM"), 2024);
        transition(id, step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(200);
        Snapshot before = snapshot(id);
        Map<String, Object> surveyStep = step("SATISFACTION_SURVEY", "COMMUNE", "2024-10-20");

        campaignAnswers(commune.code(), aResponse().withStatus(500));
        transition(id, surveyStep).statusCode(503).body("context.dependency", equalTo("campaign-service"));
        assertThat(snapshot(id)).isEqualTo(before);

        campaignAnswers(commune.code(), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        transition(id, surveyStep).statusCode(503);
        assertThat(snapshot(id)).isEqualTo(before);

        campaignAnswers(commune.code(), aResponse().withFixedDelay(5000).withHeader("Content-Type", "application/json").withBody("{}"));
        transition(id, surveyStep).statusCode(503).body("detail", containsString("nothing was changed"));
        assertThat(snapshot(id)).isEqualTo(before);

        goodSurvey(commune.code(), "NTM");
        transition(id, surveyStep).statusCode(200);
    }

    @Test
    void votesFollowTheirPassRule() {
        Commune commune = TestCommunes.next();
        String id = open(commune, "NTM", eligibleAssessment(commune, "NTM"), 2024);
        goodSurvey(commune.code(), "NTM");
        transition(id, step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(200);
        transition(id, step("SATISFACTION_SURVEY", "COMMUNE", "2024-10-20")).statusCode(200);
        Snapshot before = snapshot(id);
        transition(id, step("COMMUNE_VOTE", "COMMUNE", "2024-10-25")).statusCode(400).body("errors.field", hasItems("votesFor", "votesAgainst"));
        transition(id, vote("COMMUNE_VOTE", "COMMUNE", "2024-10-25", 40, 5)).statusCode(422) // 88.9% < 90%
                .body("context.unmetConditions[0].code", equalTo("COMMUNE_VOTE_PASSED"));
        assertThat(snapshot(id)).isEqualTo(before);
        transition(id, vote("COMMUNE_VOTE", "COMMUNE", "2024-10-25", 45, 5)).statusCode(200); // exactly 90%
    }

    @Test
    void theDistrictTierEndsOnTheFirstOfJuly2025() {
        Commune commune = TestCommunes.next();
        TestSets.recordRecognition(commune.code(), "NTM", "QD318-NTM-2021-2025", 2022, "2022-12-29", null);
        String id = open(commune, "NTM", eligibleAssessment(commune, "NTM"), 2024);
        goodSurvey(commune.code(), "NTM");
        transition(id, step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(200);
        transition(id, step("SATISFACTION_SURVEY", "COMMUNE", "2024-10-20")).statusCode(200);
        transition(id, vote("COMMUNE_VOTE", "COMMUNE", "2024-10-25", 46, 2)).statusCode(200);
        transition(id, submission("2025-06-30")).statusCode(200);
        Snapshot before = snapshot(id);
        transition(id, step("VERIFICATION", "DISTRICT", "2025-07-01")).statusCode(422)
                .body("context.unmetConditions[0].code", equalTo("DISTRICT_TIER_ENDED"))
                .body("context.unmetConditions[0].message", containsString("NĐ 131/2025"));
        assertThat(snapshot(id)).isEqualTo(before);
        transition(id, step("VERIFICATION", "PROVINCE", "2025-07-01")).statusCode(200).body("steps[5].body", equalTo("PROVINCE"));
    }

    @Test
    void openingChecksTheAssessmentAndRefusesASecondLiveDossier() {
        Commune commune = TestCommunes.next();
        String assessment = eligibleAssessment(commune, "NTM");
        asCommune(commune).contentType(ContentType.JSON).body(Map.of("assessmentId", assessment, "communeCode", commune.code(), "level", "ADVANCED", "year", 2024))
                .when().post(DOSSIERS).then().statusCode(422).body("errors.field", hasItem("level"));
        // naming another commune is outside the officer's scope: 403 before the assessment is even looked at (issue 20)
        asCommune(commune).contentType(ContentType.JSON).body(Map.of("assessmentId", assessment, "communeCode", "10894", "level", "NTM", "year", 2024))
                .when().post(DOSSIERS).then().statusCode(403).contentType("application/problem+json");
        asCommune(commune).contentType(ContentType.JSON).body(Map.of("assessmentId", assessment, "communeCode", commune.code(), "level", "NTM", "year", 2023))
                .when().post(DOSSIERS).then().statusCode(422).body("errors.field", hasItems("year"));
        asCommune(commune).contentType(ContentType.JSON).body(Map.of("assessmentId", "3f1c9a52-6f0e-4a7b-9d0e-8f6f3c1d2b7a", "communeCode", commune.code(),
                "level", "NTM", "year", 2024)).when().post(DOSSIERS).then().statusCode(422).body("errors[0].field", equalTo("assessmentId"));
        asCommune(commune).contentType(ContentType.JSON).body(Map.of("assessmentId", assessment, "communeCode", commune.code(), "level", "NTM", "year", 2024,
                "body", "DISTRICT", "date", "2025-07-02")).when().post(DOSSIERS).then().statusCode(422)
                .body("context.unmetConditions[0].code", equalTo("DISTRICT_TIER_ENDED"));

        String id = open(commune, "NTM", assessment, 2024);
        asCommune(commune).contentType(ContentType.JSON).body(Map.of("assessmentId", assessment, "communeCode", commune.code(), "level", "NTM", "year", 2024))
                .when().post(DOSSIERS).then().statusCode(409);
        Map<String, Object> reject = step("REJECTED", "PROVINCE", "2024-09-30");
        reject.put("note", "Xã xin rút hồ sơ để hoàn thiện tiêu chí môi trường");
        transition(id, reject).statusCode(200).body("state", equalTo("REJECTED")).body("nextSteps", hasSize(0));
        open(commune, "NTM", assessment, 2024);

        reader().queryParam("province", TestCommunes.PROVINCE).queryParam("level", "NTM").queryParam("year", 2024).queryParam("state", "REJECTED")
                .when().get(DOSSIERS).then().statusCode(200).body("items.id", hasItem(id));
        reader().queryParam("state", "DONE").when().get(DOSSIERS).then().statusCode(400);
        reader().queryParam("province", "3").when().get(DOSSIERS).then().statusCode(400);
    }

    @Test
    void theAuditTrailReadsBackEveryWriteToTheDossier() {
        Commune commune = TestCommunes.next();
        String id = open(commune, "NTM", eligibleAssessment(commune, "NTM"), 2024);
        transition(id, step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(200);
        asCommune(commune).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(step("SATISFACTION_SURVEY", "COMMUNE", "2024-10-20"))
                .when().post(DOSSIERS + "/" + id + "/transitions").then().statusCode(412);
        transition(id, step("COUNCIL_VOTE", "PROVINCE", "2024-10-20")).statusCode(409);

        // the opening (201) is filed under the dossier it created, so the trail starts with it
        String communeOfficer = Callers.subject("COMMUNE_OFFICER", commune.provinceCode(), commune.code());
        Callers.admin().when().get(DOSSIERS + "/" + id + "/audit").then().statusCode(200)
                .body("totalItems", equalTo(4))
                .body("items.path", equalTo(List.of(DOSSIERS + "/" + id + "/transitions", DOSSIERS + "/" + id + "/transitions",
                        DOSSIERS + "/" + id + "/transitions", DOSSIERS + "/" + id)))
                .body("items.status", equalTo(List.of(409, 412, 200, 201)))
                .body("items.result", equalTo(List.of("REFUSED", "REFUSED", "SUCCESS", "SUCCESS")))
                .body("items[0].actor", equalTo(Callers.subject("COUNCIL_MEMBER", TestCommunes.PROVINCE, null)))
                .body("items[0].actorRoles", equalTo("COUNCIL_MEMBER"))
                .body("items[2].actor", equalTo(communeOfficer))
                .body("items[3].actor", equalTo(communeOfficer))
                .body("items.method", everyItem(equalTo("POST")));
        Callers.admin().when().get(DOSSIERS + "/3f1c9a52-6f0e-4a7b-9d0e-8f6f3c1d2b7a/audit").then().statusCode(404);
    }

    @Test
    void twoOfficialsRecordingTheSameStepAtOnceOneWins() throws Exception {
        Commune commune = TestCommunes.next();
        String id = open(commune, "NTM", eligibleAssessment(commune, "NTM"), 2024);
        String etag = etag(id);
        java.util.concurrent.Callable<Integer> publish = () -> asCommune(commune).contentType(ContentType.JSON).header("If-Match", etag)
                .body(step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).when().post(DOSSIERS + "/" + id + "/transitions")
                .then().extract().statusCode();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var future : pool.invokeAll(List.of(publish, publish))) {
                statuses.add(future.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        } finally {
            pool.shutdownNow();
        }
        assertThat(snapshot(id)).isEqualTo(new Snapshot("PUBLICATION_FOR_COMMENT", "\"1\"", 2));
    }
}
