package vn.ntm.communes.certification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.certification.SectorSignOffTest.Walked;
import vn.ntm.communes.certification.TestCommunes.Commune;

/** Issue 17: the support team's field verification, and the flags a contradicting finding puts on the assessment. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class FieldVerificationTest {

    static final String P = TestCommunes.PROVINCE;

    static String url(String dossier) {
        return "/api/v1/dossiers/" + dossier + "/field-verifications";
    }

    /** Two officers, two villages; insurance 15.1 found at 80 (declared 96.4), road 2.1 found as declared. */
    static Map<String, Object> visit(String from, String to, List<Map<String, Object>> items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("team", List.of(Map.of("name", "Nguyễn Văn Hùng", "role", "Phó Chi cục trưởng Chi cục Phát triển nông thôn, Sở Nông nghiệp và PTNT"),
                Map.of("name", "Trần Thị Lan", "role", "Chuyên viên Sở Y tế")));
        m.put("dateFrom", from);
        m.put("dateTo", to);
        m.put("villages", List.of("Thôn Đồng Lạc", "Thôn Phú Lộc"));
        m.put("items", items);
        m.put("conclusion", "Cơ bản khớp với báo cáo của xã; chỉ tiêu 15.1 thấp hơn kê khai");
        return m;
    }

    static List<Map<String, Object>> sample() {
        return List.of(Map.of("indicatorCode", "15.1", "village", "Thôn Đồng Lạc", "foundValue", 80, "note", "Danh sách BHXH huyện: 80% người dân có thẻ"),
                Map.of("indicatorCode", "2.1", "village", "Thôn Phú Lộc", "foundValue", true));
    }

    static ValidatableResponse record(RequestSpecification who, String dossier, Map<String, Object> body) {
        return who.contentType(ContentType.JSON).body(body).when().post(url(dossier)).then();
    }

    static ValidatableResponse councilVote(String id) {
        return SectorSignOffTest.councilVote(id);
    }

    @Test
    void aContradictingFindingBlocksTheVoteUntilTheCommuneCorrectsTheValue() {
        Walked w = SectorSignOffTest.atAppraisal();
        String id = w.dossier();
        var created = record(Callers.appraiser(P), id, visit("2024-12-02", "2024-12-03", sample())).statusCode(201)
                .header("ETag", "\"0\"")
                .body("team[0].name", equalTo("Nguyễn Văn Hùng"))
                .body("villages", equalTo(List.of("Thôn Đồng Lạc", "Thôn Phú Lộc")))
                .body("items.indicatorCode", equalTo(List.of("15.1", "2.1")))
                .body("items[0].declaredValue", equalTo("96.4"))
                .body("items[0].foundValue", equalTo("80"))
                .body("items[0].contradicts", equalTo(true))
                .body("items[1].declaredValue", equalTo("true"))
                .body("items[1].contradicts", equalTo(false))
                .body("flags", hasSize(1))
                .body("flags[0].state", equalTo("OPEN"))
                .body("recordedBy", equalTo(Callers.subject("APPRAISER", P, null)))
                .extract();
        String verification = created.path("id");
        assertThat(created.header("Location")).endsWith(url(id) + "/" + verification);
        // the assessment shows the flag
        given().when().get("/api/v1/assessments/" + w.assessment()).then().statusCode(200)
                .body("flags", hasSize(1)).body("flags[0].indicatorCode", equalTo("15.1"))
                .body("flags[0].declaredValue", equalTo("96.4")).body("flags[0].foundValue", equalTo("80"))
                .body("flags[0].fieldVerificationId", equalTo(verification));

        // every department approves, yet the council cannot vote while the flag is open
        SignOffs.approveAll(id);
        var before = DossierWorkflowTest.snapshot(id);
        councilVote(id).statusCode(422)
                .body("context.unmetConditions.code", equalTo(List.of("FIELD_FLAGS_RESOLVED")))
                .body("context.unmetConditions[0].message", containsString("declared 96.4, the field verification found 80"));
        assertThat(DossierWorkflowTest.snapshot(id)).isEqualTo(before);

        // the flagged indicator reopens on the frozen assessment (an unflagged one of an approved criterion does not)
        SectorSignOffTest.correct(w, "2.1", false).statusCode(409);
        SectorSignOffTest.correct(w, "15.1", 80.0).statusCode(200).body("flags", hasSize(0));
        given().when().get(url(id) + "/" + verification).then().statusCode(401);
        Callers.appraiser(P).when().get(url(id) + "/" + verification).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("flags[0].state", equalTo("CORRECTED"))
                .body("flags[0].declaredValue", equalTo("96.4"))
                .body("flags[0].correctedValue", equalTo("80"))
                .body("flags[0].resolvedBy", equalTo(Callers.subject("COMMUNE_OFFICER", P, w.commune().code())));
        // the correction also puts criterion 15 back before the health department
        SignOffs.sheet(id).body("criteria[14].status", equalTo("CORRECTED"));
        councilVote(id).statusCode(422).body("context.unmetConditions.code", equalTo(List.of("SECTOR_SIGN_OFF")));
        SignOffs.approveAll(id);
        councilVote(id).statusCode(200).body("steps[7].checks.fieldFlags.open", equalTo(0));
        // after the vote no new verification is recorded
        record(Callers.appraiser(P), id, visit("2024-12-02", "2024-12-03", sample())).statusCode(409);
    }

    @Test
    void theTeamMayWithdrawAFlagWithAReason() {
        Walked w = SectorSignOffTest.atAppraisal();
        String id = w.dossier();
        String verification = record(Callers.provinceOfficer(P), id, visit("2024-12-02", "2024-12-02", sample())).statusCode(201).extract().path("id");
        SignOffs.approveAll(id);
        councilVote(id).statusCode(422).body("context.unmetConditions.code", equalTo(List.of("FIELD_FLAGS_RESOLVED")));
        String withdrawals = url(id) + "/" + verification + "/withdrawals";
        Map<String, Object> withdrawal = Map.of("indicatorCode", "15.1", "reason", "Số liệu BHXH huyện bổ sung ngày 05/12/2024 xác nhận 96,4%");
        Callers.appraiser(P).contentType(ContentType.JSON).body(withdrawal).when().post(withdrawals).then().statusCode(428);
        Callers.appraiser(P).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("indicatorCode", "15.1"))
                .when().post(withdrawals).then().statusCode(400).body("errors[0].field", containsString("reason"));
        Callers.appraiser(P).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("indicatorCode", "2.1", "reason", "không có"))
                .when().post(withdrawals).then().statusCode(409);
        Callers.appraiser("02").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(withdrawal).when().post(withdrawals).then().statusCode(403);
        Callers.communeOfficer(P, w.commune().code()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(withdrawal)
                .when().post(withdrawals).then().statusCode(403);
        Callers.appraiser(P).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(withdrawal).when().post(withdrawals).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("flags[0].state", equalTo("WITHDRAWN"))
                .body("flags[0].resolutionReason", equalTo("Số liệu BHXH huyện bổ sung ngày 05/12/2024 xác nhận 96,4%"));
        Callers.appraiser(P).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(withdrawal).when().post(withdrawals).then().statusCode(412);
        given().when().get("/api/v1/assessments/" + w.assessment()).then().statusCode(200).body("flags", hasSize(0));
        // withdrawn, the flag no longer reopens the value; the departments' approvals stand
        SectorSignOffTest.correct(w, "15.1", 80.0).statusCode(409);
        councilVote(id).statusCode(200);
        Callers.councilMember(P).when().get(url(id)).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].flags[0].state", equalTo("WITHDRAWN"));
    }

    @Test
    void badRecordsAreProblemsAndWriteNothing() {
        Walked w = SectorSignOffTest.atAppraisal();
        String id = w.dossier();
        String tomorrow = LegalDate.today().plusDays(1).toString();
        record(Callers.appraiser(P), id, visit("2024-12-02", tomorrow, sample())).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("dateTo"));
        record(Callers.appraiser(P), id, visit("2024-09-01", "2024-09-02", sample())).statusCode(400)
                .body("errors[0].message", containsString("before the dossier opened (2024-09-20)"));
        record(Callers.appraiser(P), id, visit("2024-12-03", "2024-12-02", sample())).statusCode(400);
        record(Callers.appraiser(P), id, visit("2024-12-02", "2024-12-03", List.of(Map.of("indicatorCode", "99.9", "foundValue", 1))))
                .statusCode(422).body("errors[0].field", equalTo("items[0].indicatorCode"));
        record(Callers.appraiser(P), id, visit("2024-12-02", "2024-12-03", List.of(Map.of("indicatorCode", "15.1", "foundValue", "tám mươi"))))
                .statusCode(400).body("errors[0].field", equalTo("items[0].foundValue"));
        Map<String, Object> noTeam = visit("2024-12-02", "2024-12-03", sample());
        noTeam.put("team", List.of());
        record(Callers.appraiser(P), id, noTeam).statusCode(400);
        record(Callers.appraiser("02"), id, visit("2024-12-02", "2024-12-03", sample())).statusCode(403);
        record(Callers.communeOfficer(P, w.commune().code()), id, visit("2024-12-02", "2024-12-03", sample())).statusCode(403);
        record(SignOffs.sectorOfficer(P, "HEALTH"), id, visit("2024-12-02", "2024-12-03", sample())).statusCode(403);
        record(Callers.appraiser(P), "7d9c2b1e-3f4a-4b5c-8d6e-9f0a1b2c3d4e", visit("2024-12-02", "2024-12-03", sample())).statusCode(404);
        Callers.appraiser(P).when().get(url(id)).then().statusCode(200).body("totalItems", equalTo(0));
        given().when().get("/api/v1/assessments/" + w.assessment()).then().statusCode(200).body("flags", hasSize(0));

        // before the submission there is nothing to verify in the field
        Commune other = TestCommunes.next();
        String early = DossierWorkflowTest.open(other, "NTM", DossierWorkflowTest.eligibleAssessment(other, "NTM"), 2024);
        record(Callers.appraiser(P), early, visit("2024-12-02", "2024-12-03", List.of(Map.of("indicatorCode", "15.1", "foundValue", 80))))
                .statusCode(409).body("detail", containsString("not submitted"));
    }
}
