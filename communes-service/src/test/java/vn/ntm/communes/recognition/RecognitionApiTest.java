package vn.ntm.communes.recognition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.Level;
import vn.ntm.communes.certification.TestCommunes;
import vn.ntm.communes.units.UnitDirectory;
import vn.ntm.communes.units.UnitRef;

/**
 * Recording, revoking and reading recognitions, and the level of merged units. Uses communes of Thái Bình (34) and
 * Nam Định (36); Hải Dương (30) belongs to the progress test.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(TestTokens.class)
class RecognitionApiTest {

    static final String ADVANCED_SET = "QD318-ADVANCED-2021-2025";

    @Inject
    RecognitionRegistry registry;

    @Inject
    UnitDirectory units;

    static Map<String, Object> body(String code, String level, String set, int year, String number, String date, String field) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("communeCode", code, "level", level, "criteriaSetCode", set,
                "recognitionYear", year, "decisionNumber", number, "decisionDate", date, "signer", "Chủ tịch UBND tỉnh Thái Bình"));
        if (field != null) {
            body.put("outstandingField", field);
        }
        return body;
    }

    /** The officer of the province the commune belonged to: who records and revokes its recognitions. */
    static RequestSpecification officerOf(String communeCode) {
        return Callers.provinceOfficer(TestCommunes.provinceOf(communeCode));
    }

    static String record(Map<String, Object> body) {
        return officerOf((String) body.get("communeCode")).contentType(ContentType.JSON).body(body).when().post("/api/v1/recognitions")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void recordReadRevokeAndHistory() {
        // 12565 Xã An Vinh (Quỳnh Phụ, Thái Bình)
        String id = officerOf("12565").contentType(ContentType.JSON)
                .body(body("12565", "ADVANCED", ADVANCED_SET, 2023, "3012/QĐ-UBND", "2023-12-28", null))
                .when().post("/api/v1/recognitions")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/recognitions/"))
                .body("communeName", equalTo("Xã An Vinh"))
                .body("provinceCode", equalTo("34"))
                .body("status", equalTo("IN_FORCE"))
                .body("recordedBy", equalTo(Callers.subject("PROVINCE_OFFICER", "34", null)))
                .extract().path("id");
        given().queryParam("asOf", "2024-06-01").when().get("/api/v1/communes/12565")
                .then().statusCode(200).body("recognition.level", equalTo("ADVANCED")).body("recognition.basis", equalTo("OWN"));

        // read (and cached) before the revocation: the revocation must show at once
        given().queryParam("asOf", "2025-04-01").when().get("/api/v1/communes/12565")
                .then().statusCode(200).body("recognition.level", equalTo("ADVANCED"));
        // only Thái Bình's officer (or an administrator) revokes it; no token is 401, another province 403
        Map<String, Object> revocation = Map.of("decisionNumber", "1520/QĐ-UBND", "decisionDate", "2025-03-10",
                "reason", "Tiêu chí Môi trường không còn đạt");
        given().contentType(ContentType.JSON).body(revocation).when().post("/api/v1/recognitions/" + id + "/revocation")
                .then().statusCode(401).contentType("application/problem+json");
        Callers.provinceOfficer("36").contentType(ContentType.JSON).body(revocation).when().post("/api/v1/recognitions/" + id + "/revocation")
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("34"));
        Callers.communeOfficer("34", "12565").contentType(ContentType.JSON).body(revocation)
                .when().post("/api/v1/recognitions/" + id + "/revocation").then().statusCode(403);
        officerOf("12565").contentType(ContentType.JSON).body(revocation)
                .when().post("/api/v1/recognitions/" + id + "/revocation")
                .then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("revocation.recordedBy", equalTo(Callers.subject("PROVINCE_OFFICER", "34", null)))
                .body("revocation.decisionNumber", equalTo("1520/QĐ-UBND"))
                .body("revocation.decisionDate", equalTo("2025-03-10"));
        officerOf("12565").contentType(ContentType.JSON)
                .body(Map.of("decisionNumber", "1521/QĐ-UBND", "decisionDate", "2025-03-11", "reason", "again"))
                .when().post("/api/v1/recognitions/" + id + "/revocation")
                .then().statusCode(409).contentType("application/problem+json");

        given().queryParam("asOf", "2024-06-01").when().get("/api/v1/communes/12565/recognitions")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].status", equalTo("REVOKED"));
        given().queryParam("asOf", "2025-04-01").when().get("/api/v1/communes/12565")
                .then().statusCode(200).body("recognition.level", nullValue()).body("recognition.basis", equalTo("NONE"));
        given().queryParam("asOf", "2025-01-01").when().get("/api/v1/communes/12565")
                .then().statusCode(200).body("recognition.level", equalTo("ADVANCED"));
        given().queryParam("province", "34").queryParam("status", "REVOKED").when().get("/api/v1/recognitions")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().when().get("/api/v1/recognitions/" + id).then().statusCode(200).body("revocation.reason", equalTo("Tiêu chí Môi trường không còn đạt"));
    }

    @Test
    void mergedUnitInheritsNoLevelButIsEligibleWhenAllPredecessorsHeldOneUnderTheSameSet() {
        // 12517 Xã Ngọc Lâm (from 2025-07-01) ← 12484 Quỳnh Lâm, 12493 Quỳnh Hoàng, 12517 Quỳnh Ngọc (code reused).
        // Until issue 16 it showed ADVANCED with basis PREDECESSORS, a level no decision granted.
        record(body("12484", "ADVANCED", ADVANCED_SET, 2023, "2990/QĐ-UBND", "2023-12-20", null));
        record(body("12493", "ADVANCED", ADVANCED_SET, 2023, "2990/QĐ-UBND", "2023-12-20", null));
        record(body("12493", "MODEL", "QD319-MODEL-2021-2025", 2024, "880/QĐ-UBND", "2024-04-15", "EDUCATION"));
        record(body("12517", "ADVANCED", ADVANCED_SET, 2024, "881/QĐ-UBND", "2024-04-15", null));
        given().when().get("/api/v1/communes/12517")
                .then().statusCode(200)
                .body("name", equalTo("Xã Ngọc Lâm"))
                .body("recognition.level", nullValue())
                .body("recognition.basis", equalTo("NONE"))
                .body("recognition.reappraisalRequired", equalTo(true))
                .body("recognition.acknowledgement.composition", equalTo("MIXED"))
                .body("recognition.derivedFrom", hasSize(3))
                .body("recognition.derivedFrom.communeName", hasItem("Xã Quỳnh Ngọc"));
        // the old unit keeps its own recognition; the new unit carrying the same code has none of its own
        given().queryParam("asOf", "2025-06-30").when().get("/api/v1/communes/12517/recognitions")
                .then().statusCode(200).body("totalItems", equalTo(1)).body("items[0].communeName", equalTo("Xã Quỳnh Ngọc"));
        given().when().get("/api/v1/communes/12517/recognitions").then().statusCode(200).body("totalItems", equalTo(0));
        // listings count its own decisions only: not advanced in Hưng Yên (33), which took over Thái Bình (34)
        given().queryParam("province", "33").queryParam("level", "ADVANCED").queryParam("q", "ngoc lam")
                .when().get("/api/v1/communes")
                .then().statusCode(200).body("items.code", org.hamcrest.Matchers.not(hasItem("12517")));
        // Quỳnh Hoàng's model recognition makes the merge mixed at the top; all three held ADVANCED, but the rule
        // judges the highest levels, so an acknowledgement needs the province's override
        given().when().get("/api/v1/communes/12517/acknowledgement-eligibility").then().statusCode(200)
                .body("eligible", equalTo(false)).body("reasons.code", hasItem("DIFFERENT_LEVELS"));
    }

    @Test
    void mergedUnitWithMixedPredecessorsHoldsNoneAndIsFlagged() {
        // 12532 Xã Nguyễn Du ← 12508 Quỳnh Khê (advanced), 12532 Châu Sơn (NTM), 12562 Quỳnh Nguyên (nothing)
        record(body("12508", "ADVANCED", ADVANCED_SET, 2022, "3301/QĐ-UBND", "2022-12-29", null));
        record(body("12532", "NTM", "QD318-NTM-2021-2025", 2022, "3302/QĐ-UBND", "2022-12-29", null));
        given().when().get("/api/v1/communes/12532")
                .then().statusCode(200)
                .body("name", equalTo("Xã Nguyễn Du"))
                .body("recognition.level", nullValue())
                .body("recognition.reappraisalRequired", equalTo(true))
                .body("recognition.derivedFrom", hasSize(3));
        given().queryParam("province", "33").queryParam("q", "nguyen du").when().get("/api/v1/communes")
                .then().statusCode(200).body("items[0].reappraisalRequired", equalTo(true));
    }

    @Test
    void duplicatesAreConflicts() {
        // 13750 Xã Minh Tân (Vụ Bản, Nam Định)
        Map<String, Object> advanced = body("13750", "ADVANCED", ADVANCED_SET, 2023, "4410/QĐ-UBND", "2023-12-22", null);
        record(advanced);
        officerOf("13750").contentType(ContentType.JSON).body(advanced).when().post("/api/v1/recognitions")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("4410/QĐ-UBND"));
        officerOf("13750").contentType(ContentType.JSON).body(body("13750", "ADVANCED", ADVANCED_SET, 2024, "99/QĐ-UBND", "2024-02-01", null))
                .when().post("/api/v1/recognitions")
                .then().statusCode(409).body("detail", containsString("revoke it first"));
    }

    @Test
    void inconsistentRecognitionsAreRefused() {
        // 12565 ended on 2025-06-30: a decision after that cannot concern it
        officerOf("12565").contentType(ContentType.JSON).body(body("12565", "ADVANCED", ADVANCED_SET, 2025, "1/QĐ-UBND", "2025-08-01", null))
                .when().post("/api/v1/recognitions")
                .then().statusCode(422).body("errors[0].field", equalTo("communeCode"));
        Callers.provinceOfficer("36").contentType(ContentType.JSON).body(body("99999", "ADVANCED", ADVANCED_SET, 2024, "1/QĐ-UBND", "2024-08-01", null))
                .when().post("/api/v1/recognitions")
                .then().statusCode(422);
        // 12442 Phường Kỳ Bá is a ward: not in the NTM programme
        officerOf("12442").contentType(ContentType.JSON).body(body("12442", "NTM", "QD318-NTM-2021-2025", 2024, "1/QĐ-UBND", "2024-08-01", null))
                .when().post("/api/v1/recognitions")
                .then().statusCode(422).body("errors[0].message", containsString("only rural communes"));
        officerOf("13786").contentType(ContentType.JSON).body(body("13786", "ADVANCED", ADVANCED_SET, 2020, "1/QĐ-UBND", "2024-08-01", null))
                .when().post("/api/v1/recognitions")
                .then().statusCode(422).body("errors[0].field", equalTo("recognitionYear"));
        officerOf("13786").contentType(ContentType.JSON).body(body("13786", "MODEL", "QD319-MODEL-2021-2025", 2024, "1/QĐ-UBND", "2024-08-01", null))
                .when().post("/api/v1/recognitions")
                .then().statusCode(422).body("errors[0].field", equalTo("outstandingField"));
        officerOf("13786").contentType(ContentType.JSON).body(body("13786", "MODEL", "QD319-MODEL-2021-2025", 2024, "1/QĐ-UBND", "2024-08-01", "CULTURE"))
                .when().post("/api/v1/recognitions")
                .then().statusCode(422).body("type", containsString("precondition-unmet"))
                .body("context.unmet", hasItem("ADVANCED_IN_FORCE"));
        // dated in the future, the code is looked up in the province that carries it then: the administrator reaches any
        Callers.admin().contentType(ContentType.JSON).body(body("13786", "ADVANCED", ADVANCED_SET, 2024, "1/QĐ-UBND",
                        LegalDate.today().plusDays(40).toString(), null))
                .when().post("/api/v1/recognitions")
                .then().statusCode(422);
        Map<String, Object> badLevel = body("13786", "GOLD", ADVANCED_SET, 2024, "1/QĐ-UBND", "2024-08-01", null);
        officerOf("13786").contentType(ContentType.JSON).body(badLevel).when().post("/api/v1/recognitions")
                .then().statusCode(400).body("errors[0].field", equalTo("level"))
                .body("errors[0].message", containsString("NTM, ADVANCED, MODEL"));
        Map<String, Object> badDate = body("13786", "ADVANCED", ADVANCED_SET, 2024, "1/QĐ-UBND", "01/08/2024", null);
        officerOf("13786").contentType(ContentType.JSON).body(badDate).when().post("/api/v1/recognitions")
                .then().statusCode(400).body("errors[0].field", equalTo("decisionDate"));
        officerOf("13786").contentType(ContentType.JSON).body(Map.of("communeCode", "1378")).when().post("/api/v1/recognitions")
                .then().statusCode(400).body("errors.field", hasItem("communeCode")).body("errors.field", hasItem("signer"));
        // another province's officer may not record it, whatever else is wrong with the request
        Callers.provinceOfficer("34").contentType(ContentType.JSON).body(body("13786", "ADVANCED", ADVANCED_SET, 2020, "1/QĐ-UBND", "2024-08-01", null))
                .when().post("/api/v1/recognitions").then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/recognitions/not-a-uuid").then().statusCode(400);
        given().when().get("/api/v1/recognitions/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().queryParam("year", "20x5").when().get("/api/v1/recognitions").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().queryParam("size", 201).when().get("/api/v1/recognitions").then().statusCode(400);
    }

    @Test
    void theWorkflowRecognitionJoinsTheCallersTransaction() {
        // 13807 Xã Tân Minh (Nam Định): recorded inside a transaction that is rolled back leaves nothing
        UnitRef tanMinh = units.communeByCode("13807", LocalDate.of(2024, 1, 1)).orElseThrow();
        NewRecognition recognition = new NewRecognition(tanMinh.id(), Level.ADVANCED, ADVANCED_SET, 2024, "5501/QĐ-UBND",
                LocalDate.of(2024, 11, 5), "Chủ tịch UBND tỉnh Nam Định", null, java.util.UUID.randomUUID());
        QuarkusTransaction.begin();
        RecognitionRef ref = registry.recognize(recognition);
        assertThat(ref.id()).isNotNull();
        QuarkusTransaction.rollback();
        assertThat(registry.current(tanMinh.id(), Level.ADVANCED, LocalDate.of(2025, 1, 1))).isEmpty();

        RecognitionRef kept = QuarkusTransaction.requiringNew().call(() -> registry.recognize(recognition));
        assertThat(registry.current(tanMinh.id(), Level.ADVANCED, LocalDate.of(2025, 1, 1))).contains(kept);
        given().when().get("/api/v1/recognitions/" + kept.id()).then().statusCode(200)
                .body("dossierId", equalTo(recognition.dossierId().toString())).body("recordedBy", notNullValue());
    }
}
