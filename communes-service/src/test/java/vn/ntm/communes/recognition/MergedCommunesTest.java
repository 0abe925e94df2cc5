package vn.ntm.communes.recognition;

import static io.restassured.RestAssured.given;
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
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.targets.HaiDuongRecognitions;

/**
 * Issue 16: merged communes of Hải Dương (30), now in Hải Phòng (31). A successor holds no level until its own
 * acknowledgement decision; eligibility is computed with its reasons; authority follows the successor province; Hải
 * Phòng's progress counts successors only from their own decisions. This class alone acknowledges Hải Phòng communes.
 * Hải Dương's pre-merger recognitions come from {@link HaiDuongRecognitions} (the first 94 rural communes); the
 * communes recorded here lie beyond them, and their recognition years avoid 2024 (the progress test counts that cohort).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(TestTokens.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MergedCommunesTest {

    static final String HAI_DUONG = "30";
    static final String HAI_PHONG = "31";

    @BeforeEach
    void haiDuongHistory() {
        HaiDuongRecognitions.recordOnce();
    }

    static Map<String, Object> recognition(String code, String level, String set, int year, String number, String date) {
        return new HashMap<>(Map.of("communeCode", code, "level", level, "criteriaSetCode", set, "recognitionYear", year,
                "decisionNumber", number, "decisionDate", date, "signer", "Chủ tịch UBND tỉnh Hải Dương"));
    }

    static String record(String province, Map<String, Object> body) {
        return Callers.provinceOfficer(province).contentType(ContentType.JSON).body(body).when().post("/api/v1/recognitions")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> acknowledgement(String level, int year, String number, String date) {
        return new HashMap<>(Map.of("level", level, "recognitionYear", year, "decisionNumber", number, "decisionDate", date,
                "signer", "Chủ tịch UBND thành phố Hải Phòng"));
    }

    static Map<String, Object> achieved(JsonPath progress) {
        Map<String, Object> byLevel = new HashMap<>();
        List<Map<String, Object>> levels = progress.getList("levels");
        levels.forEach(l -> byLevel.put((String) l.get("level"), l.get("achieved")));
        return byLevel;
    }

    @Test
    @Order(1)
    void tranPhuHoldsNoLevelUntilItsAcknowledgementAndThePredecessorsKeepTheirs() {
        // 10633 Xã Trần Phú (Hải Phòng, from 2025-07-01) ← 10618 Hiệp Cát, 10621 Quốc Tuấn, 10633 Trần Phú (Hải Dương):
        // all three advanced (2021) and model (2023) on 30 June 2025
        given().when().get("/api/v1/communes/10633").then().statusCode(200)
                .body("name", equalTo("Xã Trần Phú")).body("provinceCode", equalTo(HAI_PHONG))
                .body("recognition.level", nullValue())
                .body("recognition.basis", equalTo("NONE"))
                .body("recognition.derivedFrom", hasSize(3))
                .body("recognition.acknowledgement.eligible", equalTo(true))
                .body("recognition.acknowledgement.eligibleLevel", equalTo("MODEL"))
                .body("recognition.acknowledgement.merge", equalTo("FULL"))
                .body("recognition.acknowledgement.composition", equalTo("UNIFORM"));
        given().when().get("/api/v1/communes/10633/acknowledgement-eligibility").then().statusCode(200)
                .body("eligible", equalTo(true)).body("merge", equalTo("FULL")).body("composition", equalTo("UNIFORM"))
                .body("currentLevel", nullValue())
                .body("levels.level", hasItems("ADVANCED", "MODEL"))
                .body("levels.find { it.level == 'ADVANCED' }.criteriaSetCode", equalTo("QD318-ADVANCED-2021-2025"))
                .body("levels.find { it.level == 'ADVANCED' }.basis", hasSize(3))
                .body("reasons.code", hasItem("ALL_HELD_THE_LEVEL"))
                .body("predecessors.communeCode", equalTo(List.of("10618", "10621", "10633")))
                .body("predecessors[0].communeName", equalTo("Xã Hiệp Cát"))
                .body("predecessors[0].recognitions", hasSize(2));
        given().when().get("/api/v1/communes?province=31&level=ADVANCED&q=tran phu").then().statusCode(200)
                .body("items.code", not(hasItem("10633")));
        JsonPath before = given().queryParam("year", 2025).when().get("/api/v1/provinces/31/progress").then().statusCode(200).extract().jsonPath();
        assertThat(achieved(before)).containsEntry("NTM", 0).containsEntry("ADVANCED", 0).containsEntry("MODEL", 0);
        String predecessorsBefore = given().queryParam("asOf", "2025-06-30").queryParam("size", 200)
                .when().get("/api/v1/recognitions?province=30&level=ADVANCED").then().statusCode(200).extract().asString();

        // Hải Dương's token cannot act on a Hải Phòng commune
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON).body(acknowledgement("ADVANCED", 2025, "3120/QĐ-UBND", "2025-12-15"))
                .when().post("/api/v1/communes/10633/acknowledgements")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("31"));
        // the acknowledgement decision, retried with the same Idempotency-Key
        String id = Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).header("Idempotency-Key", "ack-10633-advanced")
                .body(acknowledgement("ADVANCED", 2025, "3120/QĐ-UBND", "2025-12-15"))
                .when().post("/api/v1/communes/10633/acknowledgements")
                .then().statusCode(201).header("Location", containsString("/api/v1/recognitions/"))
                .body("kind", equalTo("ACKNOWLEDGEMENT")).body("communeCode", equalTo("10633")).body("provinceCode", equalTo(HAI_PHONG))
                .body("level", equalTo("ADVANCED")).body("criteriaSetCode", equalTo("QD318-ADVANCED-2021-2025"))
                .body("acknowledges", hasSize(3)).body("overrideReason", nullValue())
                .extract().path("id");
        Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).header("Idempotency-Key", "ack-10633-advanced")
                .body(acknowledgement("ADVANCED", 2025, "3120/QĐ-UBND", "2025-12-15"))
                .when().post("/api/v1/communes/10633/acknowledgements")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        // a second acknowledgement at the same level is a conflict
        Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).body(acknowledgement("ADVANCED", 2025, "3121/QĐ-UBND", "2025-12-16"))
                .when().post("/api/v1/communes/10633/acknowledgements")
                .then().statusCode(409).contentType("application/problem+json");

        given().when().get("/api/v1/communes/10633").then().statusCode(200)
                .body("recognition.level", equalTo("ADVANCED")).body("recognition.basis", equalTo("OWN"))
                .body("recognition.kind", equalTo("ACKNOWLEDGEMENT")).body("recognition.since", equalTo("2025-12-15"));
        given().queryParam("asOf", "2025-12-14").when().get("/api/v1/communes/10633").then().statusCode(200)
                .body("recognition.level", nullValue());
        given().when().get("/api/v1/communes?province=31&level=ADVANCED&q=tran phu").then().statusCode(200)
                .body("items.code", hasItem("10633"));
        // the predecessors' recognitions are untouched history
        String predecessorsAfter = given().queryParam("asOf", "2025-06-30").queryParam("size", 200)
                .when().get("/api/v1/recognitions?province=30&level=ADVANCED").then().statusCode(200).extract().asString();
        assertThat(predecessorsAfter).isEqualTo(predecessorsBefore);
        List<String> basis = given().when().get("/api/v1/recognitions/" + id).then().statusCode(200).extract().path("acknowledges");
        for (String b : basis) {
            given().when().get("/api/v1/recognitions/" + b).then().statusCode(200)
                    .body("status", equalTo("IN_FORCE")).body("provinceCode", equalTo(HAI_DUONG)).body("kind", equalTo("RECOGNITION"));
        }
        given().queryParam("asOf", "2025-06-30").when().get("/api/v1/communes/10618").then().statusCode(200)
                .body("recognition.level", equalTo("MODEL"));
    }

    @Test
    @Order(2)
    void aMixedMergeIsNamedWithItsReasonsAndRefused() {
        // 10792 Xã An Thành ← 10777 Ngũ Phúc (model and advanced), 10786 Kim Tân and 10792 Kim Đính (advanced only)
        given().when().get("/api/v1/communes/10792/acknowledgement-eligibility").then().statusCode(200)
                .body("communeName", equalTo("Xã An Thành"))
                .body("eligible", equalTo(false)).body("merge", equalTo("FULL")).body("composition", equalTo("MIXED"))
                .body("levels", hasSize(0))
                .body("reasons.code", hasItem("DIFFERENT_LEVELS"))
                .body("reasons.find { it.code == 'DIFFERENT_LEVELS' }.message", containsString("Xã Ngũ Phúc (10777) MODEL"))
                .body("reasons.find { it.code == 'DIFFERENT_LEVELS' }.message", containsString("Xã Kim Tân (10786) ADVANCED"));
        // 11131 Xã Chí Minh ← 11095 Chí Minh and 11131 Văn Tố (nothing), 11125 An Thanh (NTM). Only NTM is recorded in
        // Hải Dương here: its advanced and model figures belong to the progress test.
        record(HAI_DUONG, recognition("11125", "NTM", "QD318-NTM-2021-2025", 2023, "3302/QĐ-UBND", "2023-12-20"));
        given().when().get("/api/v1/communes/11131/acknowledgement-eligibility").then().statusCode(200)
                .body("communeName", equalTo("Xã Chí Minh"))
                .body("eligible", equalTo(false)).body("composition", equalTo("MIXED"))
                .body("reasons.code", hasItem("PREDECESSOR_WITHOUT_RECOGNITION"))
                .body("reasons.findAll { it.code == 'PREDECESSOR_WITHOUT_RECOGNITION' }.message",
                        hasItems(containsString("Xã Văn Tố (11131)"), containsString("Xã Chí Minh (11095)")));
        given().when().get("/api/v1/communes/11131").then().statusCode(200)
                .body("recognition.level", nullValue()).body("recognition.reappraisalRequired", equalTo(true))
                .body("recognition.acknowledgement.composition", equalTo("MIXED"));
        given().queryParam("province", "31").queryParam("q", "chi minh").when().get("/api/v1/communes").then().statusCode(200)
                .body("items.find { it.code == '11131' }.reappraisalRequired", equalTo(true));
        Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).body(acknowledgement("NTM", 2025, "3130/QĐ-UBND", "2025-12-15"))
                .when().post("/api/v1/communes/11131/acknowledgements")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("not eligible"))
                .body("context.composition", equalTo("MIXED"))
                .body("context.reasons.code", hasItem("PREDECESSOR_WITHOUT_RECOGNITION"));
    }

    @Test
    @Order(3)
    void aPartialMergeIsNamedAndAnOverrideWithAReasonLandsInTheAudit() {
        // 11140 Xã Lạc Phượng ← 11134 Quang Trung, 11140 Lạc Phượng, and part of 11143 Tiên Động (the rest went to 11146)
        record(HAI_DUONG, recognition("11134", "NTM", "QD318-NTM-2021-2025", 2022, "3310/QĐ-UBND", "2022-12-29"));
        record(HAI_DUONG, recognition("11140", "NTM", "QD318-NTM-2021-2025", 2022, "3310/QĐ-UBND", "2022-12-29"));
        record(HAI_DUONG, recognition("11143", "NTM", "QD318-NTM-2021-2025", 2022, "3310/QĐ-UBND", "2022-12-29"));
        given().when().get("/api/v1/communes/11140/acknowledgement-eligibility").then().statusCode(200)
                .body("communeName", equalTo("Xã Lạc Phượng"))
                .body("eligible", equalTo(false)).body("merge", equalTo("PARTIAL")).body("composition", equalTo("UNIFORM"))
                .body("reasons.code", hasItem("PARTIAL_PREDECESSOR"))
                .body("reasons.find { it.code == 'PARTIAL_PREDECESSOR' }.message",
                        containsString("Xã Tiên Động (11143) was split"))
                .body("reasons.find { it.code == 'PARTIAL_PREDECESSOR' }.message", containsString("Xã Nguyên Giáp (11146)"))
                .body("predecessors.find { it.communeCode == '11143' }.kind", equalTo("PARTIAL"))
                .body("predecessors.find { it.communeCode == '11143' }.otherSuccessors", hasItem("Xã Nguyên Giáp (11146)"));

        Map<String, Object> plain = acknowledgement("NTM", 2026, "415/QĐ-UBND", "2026-02-10");
        Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).body(plain).when().post("/api/v1/communes/11140/acknowledgements")
                .then().statusCode(422).contentType("application/problem+json").body("context.merge", equalTo("PARTIAL"));
        Map<String, Object> noReason = new HashMap<>(plain);
        noReason.put("override", true);
        noReason.put("criteriaSetCode", "QD318-NTM-2021-2025");
        Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).body(noReason).when().post("/api/v1/communes/11140/acknowledgements")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("overrideReason"));
        Map<String, Object> reasonWithoutOverride = new HashMap<>(plain);
        reasonWithoutOverride.put("overrideReason", "Đã rà soát");
        Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).body(reasonWithoutOverride)
                .when().post("/api/v1/communes/11140/acknowledgements").then().statusCode(400).body("errors.field", hasItem("overrideReason"));

        String reason = "Hội đồng thẩm định thành phố đã rà soát đủ 19 tiêu chí trên toàn địa bàn xã Lạc Phượng mới";
        Map<String, Object> override = new HashMap<>(noReason);
        override.put("overrideReason", reason);
        String id = Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).body(override)
                .when().post("/api/v1/communes/11140/acknowledgements")
                .then().statusCode(201).body("kind", equalTo("ACKNOWLEDGEMENT")).body("overrideReason", equalTo(reason))
                .body("acknowledges", hasSize(3)).body("recordedBy", equalTo(Callers.subject("PROVINCE_OFFICER", HAI_PHONG, null)))
                .extract().path("id");
        Callers.admin().when().get("/api/v1/recognitions/" + id + "/audit").then().statusCode(200)
                .body("items.find { it.result == 'OVERRIDE' }.detail", containsString(reason))
                .body("items.find { it.result == 'OVERRIDE' }.detail", containsString("PARTIAL"))
                .body("items.find { it.result == 'OVERRIDE' }.actor", equalTo(Callers.subject("PROVINCE_OFFICER", HAI_PHONG, null)))
                .body("items.find { it.result == 'SUCCESS' }.status", equalTo(201));
        Callers.provinceOfficer(HAI_PHONG).when().get("/api/v1/recognitions/" + id + "/audit").then().statusCode(403);
        given().when().get("/api/v1/communes/11140").then().statusCode(200)
                .body("recognition.level", equalTo("NTM")).body("recognition.kind", equalTo("ACKNOWLEDGEMENT"));
    }

    @Test
    @Order(4)
    void authorityFollowsTheSuccessorProvince() {
        // a recognition of Xã Ứng Hoè (11161) decided in 2024 (cohort 2023), recorded from Hải Dương's archive
        String ungHoe = record(HAI_DUONG, recognition("11161", "NTM", "QD318-NTM-2021-2025", 2023, "612/QĐ-UBND", "2024-03-15"));
        // a late correction: Hải Phòng records a decision Hải Dương signed in 2024 for Xã An Đức (11173)
        String anDuc = record(HAI_PHONG, recognition("11173", "NTM", "QD318-NTM-2021-2025", 2023, "1490/QĐ-UBND", "2024-06-10"));
        given().when().get("/api/v1/recognitions/" + anDuc).then().statusCode(200).body("provinceCode", equalTo(HAI_DUONG))
                .body("recordedBy", equalTo(Callers.subject("PROVINCE_OFFICER", HAI_PHONG, null)));

        // Hải Phòng's officer revokes the 2024 recognition of the former Hải Dương commune
        Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON)
                .body(Map.of("decisionNumber", "822/QĐ-UBND", "decisionDate", "2026-03-02", "reason", "Rà soát sau sáp nhập: tiêu chí Môi trường không đạt"))
                .when().post("/api/v1/recognitions/" + ungHoe + "/revocation")
                .then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("revocation.recordedBy", equalTo(Callers.subject("PROVINCE_OFFICER", HAI_PHONG, null)));
        // a token of Hải Dương cannot write an act dated after the province ended, and is told who can
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON)
                .body(Map.of("decisionNumber", "1710/QĐ-UBND", "decisionDate", "2025-09-01", "reason", "Thu hồi"))
                .when().post("/api/v1/recognitions/" + anDuc + "/revocation")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("ended on 2025-06-30"))
                .body("detail", containsString("Thành phố Hải Phòng (31)"));
        // nor can another province
        Callers.provinceOfficer("02").contentType(ContentType.JSON)
                .body(Map.of("decisionNumber", "1711/QĐ-UBND", "decisionDate", "2025-09-01", "reason", "Thu hồi"))
                .when().post("/api/v1/recognitions/" + anDuc + "/revocation").then().statusCode(403);
        // an act dated before the end is still Hải Dương's to enter from its archive
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON)
                .body(Map.of("decisionNumber", "1601/QĐ-UBND", "decisionDate", "2025-06-20", "reason", "Thu hồi theo kết quả rà soát"))
                .when().post("/api/v1/recognitions/" + anDuc + "/revocation").then().statusCode(200);
        given().when().get("/api/v1/recognitions/" + anDuc).then().statusCode(200).body("status", equalTo("REVOKED"));
    }

    @Test
    @Order(5)
    void haiPhongProgressCountsSuccessorsOnlyFromTheirOwnDecisions() {
        // 2025: Trần Phú, acknowledged advanced on 15 December 2025; none of the predecessors' 94 advanced communes count
        JsonPath y2025 = given().queryParam("year", 2025).when().get("/api/v1/provinces/31/progress").then().statusCode(200)
                .body("provinceStatus", equalTo("ACTIVE")).body("denominator.unitsDate", equalTo("2025-12-31")).extract().jsonPath();
        assertThat(achieved(y2025)).containsEntry("NTM", 1).containsEntry("ADVANCED", 1).containsEntry("MODEL", 0);
        JsonPath byDecision = given().queryParam("year", 2025).queryParam("basis", "DECISION_DATE")
                .when().get("/api/v1/provinces/31/progress").then().statusCode(200).extract().jsonPath();
        assertThat(achieved(byDecision)).containsEntry("NTM", 1).containsEntry("ADVANCED", 1);
        // 2026: and Lạc Phượng, acknowledged NTM (override) on 10 February 2026
        JsonPath y2026 = given().queryParam("year", 2026).when().get("/api/v1/provinces/31/progress").then().statusCode(200).extract().jsonPath();
        assertThat(achieved(y2026)).containsEntry("NTM", 2).containsEntry("ADVANCED", 1).containsEntry("MODEL", 0);
        assertThat(y2026.getInt("denominator.communes")).isEqualTo(y2025.getInt("denominator.communes")).isPositive();
        // Hải Dương's own figures still hold its recognitions, as history
        JsonPath haiDuong = given().queryParam("year", 2025).when().get("/api/v1/provinces/30/progress").then().statusCode(200).extract().jsonPath();
        assertThat(achieved(haiDuong)).containsEntry("ADVANCED", 94);
    }

    @Test
    @Order(6)
    void badInputIsAProblem() {
        Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).body(acknowledgement("NTM", 2025, "1/QĐ-UBND", "2025-12-15"))
                .when().post("/api/v1/communes/99999/acknowledgements").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/communes/99999/acknowledgement-eligibility").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/communes/12ab/acknowledgement-eligibility").then().statusCode(400).contentType("application/problem+json");
        Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).body(Map.of("level", "GOLD"))
                .when().post("/api/v1/communes/10633/acknowledgements").then().statusCode(400).contentType("application/problem+json");
        Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).body("{\"level\": ")
                .when().post("/api/v1/communes/10633/acknowledgements").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(acknowledgement("NTM", 2025, "1/QĐ-UBND", "2025-12-15"))
                .when().post("/api/v1/communes/10633/acknowledgements").then().statusCode(401);
        Callers.communeOfficer(HAI_PHONG, "10633").contentType(ContentType.JSON).body(acknowledgement("NTM", 2025, "1/QĐ-UBND", "2025-12-15"))
                .when().post("/api/v1/communes/10633/acknowledgements").then().statusCode(403);
        // a unit not formed by a merger: the old Hải Dương commune 10618
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON).body(acknowledgement("NTM", 2025, "1/QĐ-UBND", "2025-05-15"))
                .when().post("/api/v1/communes/10618/acknowledgements").then().statusCode(422)
                .body("context.reasons.code", hasItem("NOT_A_MERGED_UNIT"));
        // dated in the future, and MODEL without its outstanding field
        Callers.provinceOfficer(HAI_PHONG).contentType(ContentType.JSON).body(acknowledgement("MODEL", 2027, "2/QĐ-UBND", "2027-01-20"))
                .when().post("/api/v1/communes/10633/acknowledgements").then().statusCode(422).contentType("application/problem+json");
    }
}
