package vn.ntm.communes.certification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.communes.Level;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.certification.TestCommunes.Commune;

/**
 * Issue 17: dossiers follow the procedure version in force on their opening date, move to a newer one only by an
 * explicit act, may not predate the facts they use unless back-filled, and appear on the work lists of the roles
 * whose step comes next.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class DossierProcedureTest {

    static final String DOSSIERS = DossierWorkflowTest.DOSSIERS;
    static final String P = TestCommunes.PROVINCE;
    private static volatile boolean warm;

    @Inject
    RemoteAnswers remote;

    /**
     * The REST client's first call in a JVM builds its connection pool; on a loaded machine that can outlast the 1.5 s
     * test timeout and turn the first step into a 503. One call that may fail, made before any test, keeps that out.
     */
    @BeforeEach
    void warmTheCampaignClient() {
        if (!warm) {
            warm = true;
            try {
                remote.satisfaction("00000", Level.NTM, 2024);
            } catch (RuntimeException ignored) {
                // a 503 here is the point: the next call finds the client ready
            }
        }
    }

    static void survey(String code, String closedOn, String ruleVersion) {
        FakeNeighbours.server.stubFor(get(urlPathEqualTo("/api/v1/communes/" + code + "/satisfaction")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"surveyId": "7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f", "state": "CLOSED", "householdsInScope": 1240, "formsReturned": 1198,
                         "coverage": 0.9661, "coverageFloor": 0.60, "coverageMet": true, "overallRate": 0.9650, "passRate": 0.90, "passed": true,
                         "closedOn": %s, "ruleVersion": %s}""".formatted(closedOn == null ? "null" : "\"" + closedOn + "\"",
                        ruleVersion == null ? "null" : "\"" + ruleVersion + "\""))));
    }

    /** A dossier on an eligible assessment, opened on {@code date}, of a commune that was a xã in {@code year}. */
    record Opened(String id, Commune commune) {
    }

    static Opened open(String date, int year) {
        String set = TestSets.publish(TestSets.code("PROC-NTM"), TestSets.national("NTM"));
        for (int attempt = 0; attempt < 10; attempt++) {
            Commune c = TestCommunes.next();
            // a few Hưng Yên communes became wards during 2025: they are not assessed that year, the next one is tried
            var assessment = TestSets.communeOfficer(c.code()).contentType(ContentType.JSON)
                    .body(Map.of("communeCode", c.code(), "criteriaSetCode", set, "year", year)).when().post("/api/v1/assessments").then().extract();
            if (assessment.statusCode() != 201) {
                continue;
            }
            TestSets.importValues(assessment.path("id"), TestSets.passingValues());
            String id = DossierWorkflowTest.asCommune(c).contentType(ContentType.JSON).body(Map.of("assessmentId", assessment.path("id"),
                            "communeCode", c.code(), "level", "NTM", "year", year, "date", date))
                    .when().post(DOSSIERS).then().statusCode(201).extract().path("id");
            return new Opened(id, c);
        }
        throw new AssertionError("no Hưng Yên commune could be assessed for " + year);
    }

    static ValidatableResponse read(String id) {
        return DossierWorkflowTest.reader().when().get(DOSSIERS + "/" + id).then().statusCode(200);
    }

    static ValidatableResponse step(RequestSpecification who, String id, Map<String, Object> body) {
        String etag = DossierWorkflowTest.etag(id);
        return who.contentType(ContentType.JSON).header("If-Match", etag).body(body).when().post(DOSSIERS + "/" + id + "/transitions").then();
    }

    static RequestSpecification commune(String id) {
        return Callers.communeOfficer(P, read(id).extract().path("communeCode"));
    }

    static void communeSteps(String id, String publication, String survey, String vote, String submission) {
        step(commune(id), id, DossierWorkflowTest.step("PUBLICATION_FOR_COMMENT", "COMMUNE", publication)).statusCode(200);
        step(commune(id), id, DossierWorkflowTest.step("SATISFACTION_SURVEY", "COMMUNE", survey)).statusCode(200);
        step(commune(id), id, DossierWorkflowTest.vote("COMMUNE_VOTE", "COMMUNE", vote, 46, 2)).statusCode(200);
        step(commune(id), id, DossierWorkflowTest.submission(submission)).statusCode(200);
    }

    @Test
    void a2024DossierFollowsTheVersionWithDistrictVerification() {
        Opened co = open("2024-09-20", 2024);
        String id = co.id();
        survey(co.commune().code(), null, null);
        read(id).body("procedure.ruleVersion", equalTo("NTM-RECOGNITION/v1"))
                .body("procedure.titleVi", containsString("ba cấp"))
                .body("nextSteps", equalTo(List.of("PUBLICATION_FOR_COMMENT", "REJECTED")));
        communeSteps(id, "2024-09-25", "2024-10-20", "2024-10-25", "2024-10-30");
        // the district verifies; the version has no field-survey step
        read(id).body("nextSteps", equalTo(List.of("VERIFICATION", "REJECTED")))
                .body("openSteps[0].step", equalTo("VERIFICATION"))
                .body("openSteps[0].dueDate", equalTo("2024-11-14"))
                .body("openSteps[0].overdue", equalTo(true));
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("VERIFICATION", "DISTRICT", "2024-11-12")).statusCode(200);
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("FIELD_SURVEY", "PROVINCE", "2024-11-20")).statusCode(409)
                .body("context.allowed", equalTo(List.of("PROVINCIAL_APPRAISAL", "REJECTED", "RETURNED_FOR_REVISION")))
                .body("context.procedureVersion", equalTo("NTM-RECOGNITION/v1"));
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("PROVINCIAL_APPRAISAL", "PROVINCE", "2024-12-10")).statusCode(200);
        // v1 asks the sector departments' sign-off too (Hải Dương 2021–2025 practice): none yet, so the vote is refused
        step(Callers.councilMember(P), id, DossierWorkflowTest.vote("COUNCIL_VOTE", "PROVINCE", "2024-12-20", 18, 1)).statusCode(422)
                .body("context.unmetConditions.code", equalTo(List.of("SECTOR_SIGN_OFF")));
        SignOffs.approveAll(id);
        step(Callers.councilMember(P), id, DossierWorkflowTest.vote("COUNCIL_VOTE", "PROVINCE", "2024-12-20", 18, 1)).statusCode(200);
        step(Callers.provinceOfficer(P), id, DossierWorkflowTest.recognised("2024-12-29")).statusCode(200).body("state", equalTo("RECOGNISED"))
                .body("openSteps", equalTo(List.of()));
    }

    @Test
    void a2025DossierOpenedAfterTheReformFollowsTheProvinceVersion() {
        Opened co = open("2025-08-04", 2025);
        String id = co.id();
        survey(co.commune().code(), "2025-09-10", "NTM-RECOGNITION/v2");
        read(id).body("procedure.ruleVersion", equalTo("NTM-RECOGNITION/v2"));
        communeSteps(id, "2025-08-11", "2025-09-12", "2025-09-20", "2025-09-25");
        read(id).body("steps[2].checks.survey.ruleVersion", equalTo("NTM-RECOGNITION/v2"))
                .body("steps[2].checks.survey.ruleVersionDiffers", nullValue())
                .body("steps[2].checks.survey.requiredCoverage", equalTo(0.60f));
        Snapshot before = snapshot(id);
        // no district any more: the support team verifies for the province
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("VERIFICATION", "DISTRICT", "2025-10-01")).statusCode(422)
                .body("context.unmetConditions.code", equalTo(List.of("DISTRICT_TIER_ENDED")));
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("VERIFICATION", "COMMUNE", "2025-10-01")).statusCode(422)
                .body("context.unmetConditions.code", equalTo(List.of("ACTING_BODY")))
                .body("context.unmetConditions[0].message", containsString("Tổ giúp việc"));
        assertThat(snapshot(id)).isEqualTo(before);
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("VERIFICATION", "PROVINCE", "2025-10-01")).statusCode(200)
                .body("nextSteps", equalTo(List.of("FIELD_SURVEY", "REJECTED", "RETURNED_FOR_REVISION")));
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("PROVINCIAL_APPRAISAL", "PROVINCE", "2025-10-08")).statusCode(409);
        step(Callers.councilMember(P), id, DossierWorkflowTest.step("FIELD_SURVEY", "PROVINCE", "2025-10-08")).statusCode(403)
                .body("context.allowedRoles", equalTo(List.of("APPRAISER", "PROVINCE_OFFICER")));
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("FIELD_SURVEY", "PROVINCE", "2025-10-08")).statusCode(200);
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("PROVINCIAL_APPRAISAL", "PROVINCE", "2025-10-20")).statusCode(200);

        // the council's vote runs the conditions v2 lists for it, by code: without the departments' sign-off it is refused
        before = snapshot(id);
        step(Callers.councilMember(P), id, DossierWorkflowTest.vote("COUNCIL_VOTE", "PROVINCE", "2025-11-05", 10, 18)).statusCode(422)
                .body("context.unmetConditions.code", equalTo(List.of("COUNCIL_VOTE_PASSED", "SECTOR_SIGN_OFF")));
        assertThat(snapshot(id)).isEqualTo(before);
        SignOffs.approveAll(id);
        // (the recognition itself is not recorded here: this pre-2025 commune ceased to exist on 30/06/2025, which the registry refuses)
        step(Callers.councilMember(P), id, DossierWorkflowTest.vote("COUNCIL_VOTE", "PROVINCE", "2025-11-05", 18, 1)).statusCode(200)
                .body("steps[8].checks.sectorSignOff", org.hamcrest.Matchers.notNullValue())
                .body("steps[8].checks.fieldFlags.open", equalTo(0))
                .body("nextSteps", equalTo(List.of("RECOGNISED", "REJECTED")))
                .body("openSteps[0].step", equalTo("RECOGNISED"));
    }

    @Test
    void anAppraiserReturnsADossierForRevisionAndTheCommuneSubmitsAgain() {
        Opened co = open("2025-08-04", 2025);
        String id = co.id();
        survey(co.commune().code(), null, null);
        communeSteps(id, "2025-08-11", "2025-09-12", "2025-09-20", "2025-09-25");
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("RETURNED_FOR_REVISION", "PROVINCE", "2025-10-01")).statusCode(409);
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("VERIFICATION", "PROVINCE", "2025-10-01")).statusCode(200);
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("RETURNED_FOR_REVISION", "PROVINCE", "2025-10-01")).statusCode(400)
                .body("errors[0].field", equalTo("note"));
        Map<String, Object> back = DossierWorkflowTest.step("RETURNED_FOR_REVISION", "PROVINCE", "2025-10-01");
        back.put("note", "Bổ sung biên bản họp và báo cáo nợ đọng xây dựng cơ bản");
        step(Callers.appraiser(P), id, back).statusCode(200).body("nextSteps", equalTo(List.of("SUBMISSION", "REJECTED")));
        step(commune(id), id, DossierWorkflowTest.submission("2025-10-10")).statusCode(200).body("state", equalTo("SUBMISSION"));
    }

    @Test
    void aDossierMovesToANewerVersionOnlyByAnExplicitAct() {
        Opened co = open("2025-03-03", 2025);
        String id = co.id();
        survey(co.commune().code(), null, null);
        communeSteps(id, "2025-03-10", "2025-04-10", "2025-04-20", "2025-06-20");
        String path = DOSSIERS + "/" + id + "/procedure-version";
        Map<String, Object> toV2 = Map.of("procedureCode", "NTM-RECOGNITION", "version", 2,
                "reason", "Hồ sơ chuyển sang cấp tỉnh thẩm tra từ 01/07/2025 (NĐ 131/2025/NĐ-CP)");
        Snapshot before = snapshot(id);
        Callers.provinceOfficer(P).contentType(ContentType.JSON).body(toV2).when().post(path).then().statusCode(428);
        Callers.provinceOfficer(P).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(toV2).when().post(path).then().statusCode(412);
        Callers.provinceOfficer(P).contentType(ContentType.JSON).header("If-Match", before.etag()).body(Map.of("version", 2)).when().post(path)
                .then().statusCode(400).body("errors[0].field", containsString("reason"));
        Callers.provinceOfficer(P).contentType(ContentType.JSON).header("If-Match", before.etag())
                .body(Map.of("version", 3, "reason", "Thử bản dự thảo")).when().post(path).then().statusCode(404);
        Callers.provinceOfficer(P).contentType(ContentType.JSON).header("If-Match", before.etag())
                .body(Map.of("version", 1, "reason", "Giữ nguyên")).when().post(path).then().statusCode(409)
                .body("detail", containsString("already follows"));
        Callers.provinceOfficer("02").contentType(ContentType.JSON).header("If-Match", before.etag()).body(toV2).when().post(path).then().statusCode(403);
        assertThat(snapshot(id)).isEqualTo(before);

        Callers.provinceOfficer(P).contentType(ContentType.JSON).header("If-Match", before.etag()).body(toV2).when().post(path).then().statusCode(200)
                .header("ETag", not(equalTo(before.etag())))
                .body("changes.stepsAdded", equalTo(List.of("FIELD_SURVEY")))
                .body("changes.stepsRemoved", equalTo(List.of()))
                // both versions ask the departments' sign-off and no open field flag at the council's vote
                .body("changes.preconditionsChanged.find { it.step == 'COUNCIL_VOTE' }", org.hamcrest.Matchers.nullValue())
                .body("changes.movesAdded", hasItem("VERIFICATION → FIELD_SURVEY"))
                .body("changes.movesRemoved", hasItem("VERIFICATION → PROVINCIAL_APPRAISAL"))
                .body("dossier.procedure.ruleVersion", equalTo("NTM-RECOGNITION/v2"))
                .body("dossier.procedureMoves[0].from", equalTo("NTM-RECOGNITION/v1"))
                .body("dossier.procedureMoves[0].movedBy", equalTo(Callers.subject("PROVINCE_OFFICER", P, null)))
                .body("dossier.state", equalTo("SUBMISSION"));
        // the dossier now verifies for the province, with the field survey, and never goes back
        String etag = DossierWorkflowTest.etag(id);
        Callers.provinceOfficer(P).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("version", 1, "reason", "Quay lại"))
                .when().post(path).then().statusCode(409).body("detail", containsString("only moves forwards"));
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("VERIFICATION", "PROVINCE", "2025-07-08")).statusCode(200)
                .body("nextSteps[0]", equalTo("FIELD_SURVEY"));
        Callers.admin().when().get(DOSSIERS + "/" + id + "/audit").then().statusCode(200)
                .body("items.find { it.path.endsWith('/procedure-version') && it.status == 200 }.actor", equalTo(Callers.subject("PROVINCE_OFFICER", P, null)));
    }

    @Test
    void aStepMayNotPredateTheSurveyItUsesUnlessBackFilled() {
        Opened co = open("2024-09-20", 2024);
        String id = co.id();
        survey(co.commune().code(), "2024-10-15", "NTM-RECOGNITION/v2");
        step(commune(id), id, DossierWorkflowTest.step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(200);
        Snapshot before = snapshot(id);
        step(commune(id), id, DossierWorkflowTest.step("SATISFACTION_SURVEY", "COMMUNE", "2024-10-10")).statusCode(422)
                .body("context.unmetConditions.code", equalTo(List.of("STEP_PREDATES_FACT")))
                .body("context.unmetConditions[0].message", containsString("2024-10-10"))
                .body("context.unmetConditions[0].message", containsString("2024-10-15"));
        Map<String, Object> backfill = new LinkedHashMap<>(DossierWorkflowTest.step("SATISFACTION_SURVEY", "PROVINCE", "2024-10-10"));
        backfill.put("backfill", true);
        // a commune officer may not back-fill; a province officer must say why
        step(commune(id), id, backfill).statusCode(403).body("detail", containsString("back-fill"));
        step(Callers.provinceOfficer(P), id, backfill).statusCode(400).body("errors[0].field", equalTo("backfillReason"));
        assertThat(snapshot(id)).isEqualTo(before);
        backfill.put("backfillReason", "Nhập lại hồ sơ năm 2024 từ bản giấy lưu tại Sở Nông nghiệp và Môi trường");
        step(Callers.provinceOfficer(P), id, backfill).statusCode(200)
                .body("steps[2].backfill", equalTo(true))
                .body("steps[2].backfillReason", containsString("bản giấy"))
                .body("steps[2].checks.backfill.factDate", equalTo("2024-10-15"))
                .body("steps[2].actedBy", equalTo(Callers.subject("PROVINCE_OFFICER", P, null)))
                // campaign-service judged the survey under another version's rule: recorded with the step
                .body("steps[2].checks.survey.ruleVersion", equalTo("NTM-RECOGNITION/v1"))
                .body("steps[2].checks.survey.campaignRuleVersion", equalTo("NTM-RECOGNITION/v2"))
                .body("steps[2].checks.survey.ruleVersionDiffers", equalTo(true));
        Callers.admin().when().get(DOSSIERS + "/" + id + "/audit").then().statusCode(200)
                .body("items[0].actor", equalTo(Callers.subject("PROVINCE_OFFICER", P, null))).body("items[0].status", equalTo(200));
        // dated on or after the survey's close, no back-fill is needed
        Opened dOpened = open("2024-09-20", 2024);
        String other = dOpened.id();
        survey(dOpened.commune().code(), "2024-10-15", null);
        step(commune(other), other, DossierWorkflowTest.step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(200);
        step(commune(other), other, DossierWorkflowTest.step("SATISFACTION_SURVEY", "COMMUNE", "2024-10-15")).statusCode(200)
                .body("steps[2].backfill", nullValue());
    }

    @Test
    void theAppraisersAndTheCouncilSeeWhatWaitsOnThem() {
        Opened co = open("2024-09-20", 2024);
        String id = co.id();
        survey(co.commune().code(), null, null);
        communeSteps(id, "2024-09-25", "2024-10-20", "2024-10-25", "2024-10-30");
        Callers.appraiser(P).queryParam("awaiting", "APPRAISER").queryParam("province", P).queryParam("size", 200).when().get(DOSSIERS).then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.awaiting[0].step", equalTo("VERIFICATION"))
                .body("items.find { it.id == '" + id + "' }.awaiting[0].dueDate", equalTo("2024-11-14"))
                .body("items.find { it.id == '" + id + "' }.awaiting[0].overdue", equalTo(true))
                .body("items.find { it.id == '" + id + "' }.procedureVersion", equalTo("NTM-RECOGNITION/v1"));
        Callers.councilMember(P).queryParam("awaiting", "COUNCIL_MEMBER").queryParam("size", 200).when().get(DOSSIERS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("VERIFICATION", "DISTRICT", "2024-11-12")).statusCode(200);
        step(Callers.appraiser(P), id, DossierWorkflowTest.step("PROVINCIAL_APPRAISAL", "PROVINCE", "2024-12-10")).statusCode(200);
        Callers.councilMember(P).queryParam("awaiting", "COUNCIL_MEMBER").queryParam("size", 200).when().get(DOSSIERS).then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.awaiting[0].step", equalTo("COUNCIL_VOTE"));
        Callers.appraiser(P).queryParam("awaiting", "APPRAISER").queryParam("size", 200).when().get(DOSSIERS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // within the caller's scope only
        Callers.councilMember("02").queryParam("awaiting", "COUNCIL_MEMBER").queryParam("size", 200).when().get(DOSSIERS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        // a role nobody serves yet, and a malformed one
        Callers.provinceOfficer(P).queryParam("awaiting", "FRONT_SURVEYOR").when().get(DOSSIERS).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("awaiting"));
        Callers.provinceOfficer(P).queryParam("awaiting", "council").when().get(DOSSIERS).then().statusCode(400);
    }

    record Snapshot(String state, String etag, int steps, String procedure) {
    }

    static Snapshot snapshot(String id) {
        var r = DossierWorkflowTest.reader().when().get(DOSSIERS + "/" + id).then().statusCode(200).extract();
        return new Snapshot(r.path("state"), r.header("ETag"), r.<List<?>>path("steps").size(), r.path("procedure.ruleVersion"));
    }

    static LocalDate today() {
        return LegalDate.today();
    }
}
