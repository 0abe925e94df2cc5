package vn.ntm.communes.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.certification.TestCommunes.Commune;
import vn.ntm.communes.signoff.SignOffQueue;

/** Issue 17: each sector department signs off the criteria of its field, returns them, or unapproves, before the council votes. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class SectorSignOffTest {

    static final String P = TestCommunes.PROVINCE;

    @Inject
    SignOffQueue queue;

    record Walked(Commune commune, String assessment, String dossier) {
    }

    /** A dossier on a set whose criteria name their departments, walked to PROVINCIAL_APPRAISAL. */
    static Walked atAppraisal() {
        Commune commune = TestCommunes.next();
        String set = TestSets.publish(TestSets.code("SIGNOFF-NTM"), SignOffs.nationalWithSectors("NTM"));
        String assessment = TestSets.openAssessment(commune.code(), set, 2024);
        TestSets.importValues(assessment, TestSets.passingValues());
        String id = DossierWorkflowTest.open(commune, "NTM", assessment, 2024);
        DossierWorkflowTest.goodSurvey(commune.code(), "NTM");
        DossierWorkflowTest.transition(id, DossierWorkflowTest.step("PUBLICATION_FOR_COMMENT", "COMMUNE", "2024-09-25")).statusCode(200);
        DossierWorkflowTest.transition(id, DossierWorkflowTest.step("SATISFACTION_SURVEY", "COMMUNE", "2024-10-20")).statusCode(200);
        DossierWorkflowTest.transition(id, DossierWorkflowTest.vote("COMMUNE_VOTE", "COMMUNE", "2024-10-25", 46, 2)).statusCode(200);
        DossierWorkflowTest.transition(id, DossierWorkflowTest.submission("2024-10-30")).statusCode(200);
        DossierWorkflowTest.transition(id, DossierWorkflowTest.step("VERIFICATION", "DISTRICT", "2024-11-20")).statusCode(200);
        DossierWorkflowTest.transition(id, DossierWorkflowTest.step("PROVINCIAL_APPRAISAL", "PROVINCE", "2024-12-10")).statusCode(200);
        return new Walked(commune, assessment, id);
    }

    static Map<String, Object> approve(Integer... criteria) {
        return Map.of("act", "APPROVE", "criteria", List.of(criteria), "note", "Đã kiểm tra hồ sơ: đạt");
    }

    static Map<String, Object> giveBack(String reason, Integer... criteria) {
        return reason == null ? Map.of("act", "RETURN", "criteria", List.of(criteria)) : Map.of("act", "RETURN", "criteria", List.of(criteria), "reason", reason);
    }

    static io.restassured.response.ValidatableResponse correct(Walked w, String indicator, Object value) {
        String etag = io.restassured.RestAssured.given().when().get("/api/v1/assessments/" + w.assessment()).then().statusCode(200).extract().header("ETag");
        return Callers.communeOfficer(P, w.commune().code()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("value", value, "note", "Xã rà soát lại theo yêu cầu của sở"))
                .when().put("/api/v1/assessments/" + w.assessment() + "/indicators/" + indicator).then();
    }

    static io.restassured.response.ValidatableResponse councilVote(String id) {
        return DossierWorkflowTest.transition(id, DossierWorkflowTest.vote("COUNCIL_VOTE", "PROVINCE", "2024-12-20", 18, 1));
    }

    @Test
    void aReturnByOneDepartmentReopensOnlyItsCriteria() {
        Walked w = atAppraisal();
        String id = w.dossier();
        SignOffs.sheet(id).header("ETag", "\"0\"")
                .body("total", equalTo(19)).body("approved", equalTo(0)).body("complete", equalTo(false))
                .body("closedReason", nullValue())
                .body("criteria.status", everyIs("PENDING"))
                .body("criteria[1].sector.code", equalTo("TRANSPORT"))
                .body("criteria[1].sector.nameVi", equalTo("Sở Giao thông vận tải"))
                .body("criteria[1].sectorConfidence", equalTo("I"))
                .body("criteria[14].sector.code", equalTo("HEALTH"));

        // transport approves its criterion 2
        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, approve(2)).statusCode(200).header("ETag", "\"1\"")
                .body("criteria[1].status", equalTo("APPROVED"))
                .body("criteria[1].approvedBy", equalTo(SignOffs.subject(P, "TRANSPORT")))
                .body("criteria[1].approvalNote", equalTo("Đã kiểm tra hồ sơ: đạt"));
        // health returns 15 for revision, with its reason
        SignOffs.act(SignOffs.sectorOfficer(P, "HEALTH"), id, giveBack("Tỷ lệ tham gia BHYT chưa khớp số liệu của BHXH huyện", 15)).statusCode(200)
                .body("criteria[14].status", equalTo("RETURNED"))
                .body("criteria[14].returnReason", equalTo("Tỷ lệ tham gia BHYT chưa khớp số liệu của BHXH huyện"))
                .body("criteria[14].returnedBy", equalTo(SignOffs.subject(P, "HEALTH")));

        // the dossier itself shows, per criterion, who signed and when, what was returned, by whom and why; the departments read it too
        SignOffs.sectorOfficer(P, "HEALTH").when().get("/api/v1/dossiers/" + id).then().statusCode(200)
                .body("criteriaSignOff", hasSize(19))
                .body("criteriaSignOff[1].criterionNumber", equalTo(2))
                .body("criteriaSignOff[1].sector", equalTo("TRANSPORT"))
                .body("criteriaSignOff[1].status", equalTo("APPROVED"))
                .body("criteriaSignOff[1].approvedBy", equalTo(SignOffs.subject(P, "TRANSPORT")))
                .body("criteriaSignOff[1].approvedAt", org.hamcrest.Matchers.notNullValue())
                .body("criteriaSignOff[1].approvalNote", equalTo("Đã kiểm tra hồ sơ: đạt"))
                .body("criteriaSignOff[14].status", equalTo("RETURNED"))
                .body("criteriaSignOff[14].returnedBy", equalTo(SignOffs.subject(P, "HEALTH")))
                .body("criteriaSignOff[14].returnedAt", org.hamcrest.Matchers.notNullValue())
                .body("criteriaSignOff[14].returnReason", equalTo("Tỷ lệ tham gia BHYT chưa khớp số liệu của BHXH huyện"))
                .body("criteriaSignOff[0].status", equalTo("PENDING"))
                .body("criteriaSignOff[0].approvedBy", nullValue());
        SignOffs.sectorOfficer("02", "HEALTH").when().get("/api/v1/dossiers/" + id).then().statusCode(403);

        // only the returned criterion's values reopen: 15.1 may change, 2.1 (approved) and 10.1 (pending) stay locked
        correct(w, "2.1", true).statusCode(409).body("detail", containsString("can no longer change"));
        correct(w, "10.1", 70.0).statusCode(409);
        correct(w, "15.1", 91.2).statusCode(200);
        correct(w, "15.2", true).statusCode(200);
        SignOffs.sheet(id)
                .body("criteria[14].status", equalTo("CORRECTED"))
                .body("criteria[14].history.act", equalTo(List.of("RETURN", "CORRECTION", "CORRECTION")))
                .body("criteria[14].history[1].indicatorCode", equalTo("15.1"))
                .body("criteria[14].history[1].valueBefore", equalTo("96.4"))
                .body("criteria[14].history[1].valueAfter", equalTo("91.2"))
                .body("criteria[14].history[1].actedBy", equalTo(Callers.subject("COMMUNE_OFFICER", P, w.commune().code())))
                .body("criteria[1].status", equalTo("APPROVED"));

        // the council cannot vote: every department that still owes is named with its criteria
        Snapshot before = snapshot(id);
        councilVote(id).statusCode(422)
                .body("context.unmetConditions.code", everyIs("SECTOR_SIGN_OFF"))
                .body("context.unmetConditions.message", hasItem(containsString("HEALTH has not approved criteria 15 (Tiêu chí 15, CORRECTED)")))
                .body("context.unmetConditions.message", not(hasItem(containsString("TRANSPORT"))));
        assertThat(snapshot(id)).isEqualTo(before);

        // after the correction health approves again; then the others; then the council votes
        SignOffs.act(SignOffs.sectorOfficer(P, "HEALTH"), id, approve(15)).statusCode(200).body("criteria[14].status", equalTo("APPROVED"));
        SignOffs.approveAll(id);
        SignOffs.sheet(id).body("complete", equalTo(true)).body("approved", equalTo(19));
        councilVote(id).statusCode(200).body("steps[7].checks.sectorSignOff.approved", equalTo(19));
        // and nothing reopens once the council has voted
        correct(w, "15.1", 90.0).statusCode(409);
        DossierWorkflowTest.reader().when().get("/api/v1/dossiers/" + id + "/audit").then().statusCode(403);
        Callers.admin().when().get("/api/v1/dossiers/" + id + "/audit").then().statusCode(200)
                .body("items.path", hasItem("/api/v1/dossiers/" + id + "/criteria-sign-off"));
    }

    @Test
    void anApprovalCanBeWithdrawnBeforeTheCouncilVotesAndNotAfter() {
        Walked w = atAppraisal();
        String id = w.dossier();
        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, approve(2)).statusCode(200);
        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, Map.of("act", "UNAPPROVE", "criteria", List.of(2), "note", "Xem lại biên bản nghiệm thu"))
                .statusCode(200)
                .body("criteria[1].status", equalTo("PENDING"))
                .body("criteria[1].approvedBy", nullValue())
                .body("criteria[1].history.act", equalTo(List.of("APPROVE", "UNAPPROVE")))
                .body("criteria[1].history[1].note", equalTo("Xem lại biên bản nghiệm thu"));
        // unapproving what is not approved is a 409
        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, Map.of("act", "UNAPPROVE", "criteria", List.of(2))).statusCode(409);

        SignOffs.approveAll(id);
        councilVote(id).statusCode(200);
        Snapshot before = snapshot(id);
        String etag = SignOffs.sheet(id).extract().header("ETag");
        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, Map.of("act", "UNAPPROVE", "criteria", List.of(2))).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("appraisal council voted"));
        SignOffs.sheet(id).header("ETag", etag).body("criteria[1].status", equalTo("APPROVED")).body("closedReason", containsString("voted"));
        assertThat(snapshot(id)).isEqualTo(before);
    }

    @Test
    void badActsAreRefusedAsProblemsAndChangeNothing() {
        Walked w = atAppraisal();
        String id = w.dossier();
        String url = "/api/v1/dossiers/" + id + "/criteria-sign-off";
        // another sector's criterion, another province, a role that is not a department: 403
        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, approve(2, 15)).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("not HEALTH"));
        SignOffs.act(SignOffs.sectorOfficer("02", "TRANSPORT"), id, approve(2)).statusCode(403);
        SignOffs.act(Callers.provinceOfficer(P), id, approve(2)).statusCode(403);
        // scope before existence: an unknown dossier is a 404 for a department officer of any sector
        SignOffs.sectorOfficer(P, "TRANSPORT").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(approve(2))
                .when().post("/api/v1/dossiers/" + UUID.randomUUID() + "/criteria-sign-off").then().statusCode(404);
        // unknown criterion 422, return without reason 400, CORRECTION 400, unknown act 400
        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, approve(42)).statusCode(422).body("errors[0].field", equalTo("criteria"));
        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, giveBack(null, 2)).statusCode(400).body("errors[0].field", equalTo("reason"));
        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, Map.of("act", "CORRECTION", "criteria", List.of(2))).statusCode(400);
        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, Map.of("act", "SIGN", "criteria", List.of(2))).statusCode(400);
        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, Map.of("act", "APPROVE", "criteria", List.of())).statusCode(400);
        // If-Match missing 428, stale 412
        SignOffs.sectorOfficer(P, "TRANSPORT").contentType(ContentType.JSON).body(approve(2)).when().post(url).then().statusCode(428);
        SignOffs.sectorOfficer(P, "TRANSPORT").contentType(ContentType.JSON).header("If-Match", "\"7\"").body(approve(2)).when().post(url).then().statusCode(412);
        SignOffs.sheet(id).header("ETag", "\"0\"").body("criteria.history.flatten()", hasSize(0));

        // a dossier not yet submitted: 409
        Commune other = TestCommunes.next();
        String early = DossierWorkflowTest.open(other, "NTM", DossierWorkflowTest.eligibleAssessment(other, "NTM"), 2024);
        SignOffs.act(SignOffs.sectorOfficer(P, "AGRICULTURE"), early, approve(3)).statusCode(409).body("detail", containsString("not submitted"));
        // before the submission the dossier has no sign-off to show
        DossierWorkflowTest.reader().when().get("/api/v1/dossiers/" + early).then().statusCode(200).body("criteriaSignOff", nullValue());
        // the commune reads its own sheet; another commune does not
        Callers.communeOfficer(P, w.commune().code()).when().get(url).then().statusCode(200);
        Callers.communeOfficer(P, other.code()).when().get(url).then().statusCode(403);
    }

    @Test
    void aDepartmentsWorkListShowsWhatAwaitsIt() {
        Walked w = atAppraisal();
        String id = w.dossier();
        String queueUrl = "/api/v1/criteria-sign-off/queue";
        SignOffs.sectorOfficer(P, "TRANSPORT").queryParam("size", 200).when().get(queueUrl).then().statusCode(200)
                .body("items.dossierId", hasItem(id))
                .body("items.find { it.dossierId == '" + id + "' }.criteria.criterionNumber", equalTo(List.of(2)))
                .body("items.find { it.dossierId == '" + id + "' }.criteria.status", equalTo(List.of("PENDING")));
        // the same queue as a dossier work list, next to the appraisers' and the council's (issue 17)
        SignOffs.sectorOfficer(P, "TRANSPORT").queryParam("awaiting", "SECTOR_OFFICER").queryParam("size", 200).when().get("/api/v1/dossiers")
                .then().statusCode(200).body("items.id", hasItem(id));
        assertThat(queue.dossiersAwaiting(P, Set.of("HEALTH", "TRANSPORT"))).anySatisfy(i -> {
            assertThat(i.dossierId().toString()).isEqualTo(id);
            assertThat(i.criteria()).extracting(c -> c.criterionNumber()).containsExactly(2, 15);
        });

        SignOffs.act(SignOffs.sectorOfficer(P, "TRANSPORT"), id, approve(2)).statusCode(200);
        SignOffs.sectorOfficer(P, "TRANSPORT").queryParam("size", 200).when().get(queueUrl).then().statusCode(200)
                .body("items.dossierId", not(hasItem(id)));
        // a returned criterion waits on the commune, then on its department again once corrected
        SignOffs.act(SignOffs.sectorOfficer(P, "HEALTH"), id, giveBack("Bổ sung danh sách hộ tham gia BHYT", 15)).statusCode(200);
        assertThat(queue.dossiersAwaiting(P, Set.of("HEALTH"))).noneMatch(i -> i.dossierId().toString().equals(id));
        correct(w, "15.1", 92.0).statusCode(200);
        SignOffs.sectorOfficer(P, "HEALTH").queryParam("sector", "HEALTH").queryParam("size", 200).when().get(queueUrl).then().statusCode(200)
                .body("items.find { it.dossierId == '" + id + "' }.criteria.status", equalTo(List.of("CORRECTED")));
        // the province's officer and appraiser read any department's list; a department only its own
        Callers.appraiser(P).queryParam("sector", "TRANSPORT").when().get(queueUrl).then().statusCode(200);
        Callers.provinceOfficer(P).when().get(queueUrl).then().statusCode(200).body("items.dossierId", hasItem(id));
        SignOffs.sectorOfficer(P, "HEALTH").queryParam("sector", "TRANSPORT").when().get(queueUrl).then().statusCode(403);
        SignOffs.sectorOfficer(P, "HEALTH").queryParam("province", "02").when().get(queueUrl).then().statusCode(403);
        Callers.admin().when().get(queueUrl).then().statusCode(400).body("errors[0].field", equalTo("province"));
        Callers.provinceOfficer(P).queryParam("sector", "TRANSPORTS").when().get(queueUrl).then().statusCode(400);
        Callers.communeOfficer(P, w.commune().code()).when().get(queueUrl).then().statusCode(403);
    }

    @Test
    void theCriteriaSetsNameEachCriterionsDepartment() {
        io.restassured.RestAssured.given().when().get("/api/v1/criteria-sets/QD318-NTM-2021-2025").then().statusCode(200)
                .body("definition.criteria[1].responsibleSector.sector", equalTo("TRANSPORT"))
                .body("definition.criteria[1].responsibleSector.confidence", equalTo("I"))
                .body("definition.criteria[14].responsibleSector.sector", equalTo("HEALTH"));
        io.restassured.RestAssured.given().when().get("/api/v1/criteria-sets/QD51-NTM-2026-2030").then().statusCode(200)
                .body("definition.criteria.responsibleSector.sector", hasItems("CONSTRUCTION", "AGRICULTURE", "SCIENCE_TECHNOLOGY", "POLICE"));
        io.restassured.RestAssured.given().when().get("/api/v1/sectors").then().statusCode(200)
                .body("items.code", hasItems("TRANSPORT", "HEALTH", "POLICE", "AGRICULTURE", "JUSTICE"));
        // a set naming a department the platform does not know is refused
        Map<String, Object> doc = SignOffs.nationalWithSectors("NTM");
        @SuppressWarnings("unchecked")
        Map<String, Object> first = ((List<Map<String, Object>>) doc.get("criteria")).get(0);
        first.put("responsibleSector", Map.of("sector", "MINISTRY_OF_MAGIC", "source", "test", "confidence", "I"));
        Callers.admin().contentType(ContentType.JSON).body(doc).when().put("/api/v1/criteria-sets/" + TestSets.code("BADSECTOR")).then().statusCode(400)
                .body("errors.field", hasItem("criteria[0].responsibleSector.sector"));
        first.put("responsibleSector", Map.of("sector", "TRANSPORT", "source", "test", "confidence", "X"));
        Callers.admin().contentType(ContentType.JSON).body(doc).when().put("/api/v1/criteria-sets/" + TestSets.code("BADSECTOR")).then().statusCode(400);
    }

    record Snapshot(String state, String etag, int steps) {
    }

    static Snapshot snapshot(String id) {
        DossierWorkflowTest.Snapshot s = DossierWorkflowTest.snapshot(id);
        return new Snapshot(s.state(), s.etag(), s.steps());
    }

    static org.hamcrest.Matcher<Iterable<? extends String>> everyIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}
