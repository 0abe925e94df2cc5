package vn.ntm.communes.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.certification.FakeNeighbours;
import vn.ntm.communes.certification.TestCommunes;
import vn.ntm.communes.certification.TestCommunes.Commune;
import vn.ntm.communes.certification.TestSets;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class AssessmentResourceTest {

    /** A JSON request by the commune's own officer, who fills in its assessments. */
    private static RequestSpecification asOfficerOf(Commune commune) {
        return TestSets.communeOfficer(commune.code()).contentType(ContentType.JSON);
    }

    private static RequestSpecification asProvince(String province) {
        return Callers.provinceOfficer(province).contentType(ContentType.JSON);
    }

    private static String etag(String id) {
        return given().when().get("/api/v1/assessments/" + id).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void opensOnTheUnitOfTheYearWithItsRegion() {
        String set = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.national("NTM"));
        Commune commune = TestCommunes.next();
        asOfficerOf(commune).body(Map.of("communeCode", commune.code(), "criteriaSetCode", set, "year", 2024))
                .when().post("/api/v1/assessments").then().statusCode(201)
                .header("ETag", equalTo("\"0\"")).header("Location", containsString("/api/v1/assessments/"))
                .body("communeCode", equalTo(commune.code()))
                .body("communeName", equalTo(commune.name()))
                .body("provinceCode", equalTo(TestCommunes.PROVINCE))
                .body("thresholdScope", equalTo("DONG_BANG_SONG_HONG"))
                .body("criteriaSet.code", equalTo(set))
                .body("criteriaSet.level", equalTo("NTM"))
                .body("summary.criteriaMetText", equalTo("0/19"))
                .body("values", hasSize(0));
    }

    @Test
    void badOpeningsAreProblems() {
        String set = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.national("NTM"));
        Commune commune = TestCommunes.next();
        asOfficerOf(commune).body(Map.of("communeCode", commune.code(), "criteriaSetCode", "QD999-NOPE", "year", 2024))
                .when().post("/api/v1/assessments").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("criteriaSetCode"));
        asProvince(TestCommunes.PROVINCE).body(Map.of("communeCode", "99999", "criteriaSetCode", set, "year", 2024))
                .when().post("/api/v1/assessments").then().statusCode(422).body("errors[0].field", equalTo("communeCode"));
        // Phường Cẩm Thượng (TP Hải Dương) is a ward, not in the programme
        asProvince("30").body(Map.of("communeCode", "10507", "criteriaSetCode", set, "year", 2024))
                .when().post("/api/v1/assessments").then().statusCode(422).body("errors[0].message", containsString("only communes"));
        asOfficerOf(commune).body(Map.of("communeCode", commune.code(), "criteriaSetCode", set, "year", 2019))
                .when().post("/api/v1/assessments").then().statusCode(422).body("errors[0].field", equalTo("year"));
        asProvince(TestCommunes.PROVINCE).body(Map.of("communeCode", "1089", "criteriaSetCode", set, "year", "năm nay"))
                .when().post("/api/v1/assessments").then().statusCode(400).body("errors[0].field", equalTo("year"));
        asProvince(TestCommunes.PROVINCE).body(Map.of("communeCode", "1089", "criteriaSetCode", set, "year", 2024))
                .when().post("/api/v1/assessments").then().statusCode(400).body("errors[0].field", equalTo("communeCode"));
        asOfficerOf(commune).body(Map.of("communeCode", commune.code(), "criteriaSetCode", set, "year", 2024,
                        "thresholdScope", "TRUNG_DU_MIEN_NUI_PHIA_BAC"))
                .when().post("/api/v1/assessments").then().statusCode(422).body("errors[0].field", equalTo("thresholdScopeReason"));
        given().when().get("/api/v1/assessments/3f1c9a52-6f0e-4a7b-9d0e-8f6f3c1d2b7a").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/assessments/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void recordingAValueNeedsTheCurrentVersionAndTheRightType() {
        String set = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.national("NTM"));
        Commune commune = TestCommunes.next();
        String id = TestSets.openAssessment(commune.code(), set, 2024);
        String path = "/api/v1/assessments/" + id + "/indicators/";
        Map<String, Object> income = Map.of("value", 61.5, "evidence", List.of(Map.of("documentNumber", "125/BC-UBND",
                "documentDate", "2024-11-20", "title", Normalizer.normalize("Báo cáo thu nhập năm 2024", Normalizer.Form.NFD),
                "link", "https://thaibinh.gov.vn/van-ban/125-bc-ubnd.pdf")));

        asOfficerOf(commune).body(income).when().put(path + "10.1").then().statusCode(428);
        asOfficerOf(commune).header("If-Match", "\"5\"").body(income).when().put(path + "10.1").then().statusCode(412);
        asOfficerOf(commune).header("If-Match", "\"0\"").body(income).when().put(path + "99.9").then().statusCode(404)
                .body("detail", containsString("99.9"));
        asOfficerOf(commune).header("If-Match", "\"0\"").body(Map.of("value", "sáu mươi")).when().put(path + "10.1")
                .then().statusCode(400).body("errors[0].field", equalTo("value")).body("errors[0].message", containsString("NUMERIC"));
        asOfficerOf(commune).header("If-Match", "\"0\"").body(Map.of("value", 1)).when().put(path + "1.1")
                .then().statusCode(400).body("errors[0].message", containsString("true (đạt) or false"));
        asOfficerOf(commune).header("If-Match", "\"0\"").body(Map.of("value", 120)).when().put(path + "15.1")
                .then().statusCode(400).body("errors[0].message", containsString("between 0 and 100"));
        asOfficerOf(commune).header("If-Match", "\"0\"").body(Map.of("value", true,
                        "evidence", List.of(Map.of("documentNumber", "1/QĐ", "documentDate", "hôm qua"))))
                .when().put(path + "1.1").then().statusCode(400).body("errors[0].field", containsString("documentDate"));
        given().when().get("/api/v1/assessments/" + id).then().header("ETag", equalTo("\"0\"")).body("values", hasSize(0));

        asOfficerOf(commune).header("If-Match", "\"0\"").body(income).when().put(path + "10.1").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("values[0].indicatorCode", equalTo("10.1"))
                .body("values[0].criterionNumber", equalTo(10))
                .body("values[0].numericValue", equalTo(61.5f))
                .body("values[0].recordedBy", equalTo(Callers.subject("COMMUNE_OFFICER", TestCommunes.PROVINCE, commune.code())))
                .body("values[0].evidence[0].title", equalTo("Báo cáo thu nhập năm 2024"));
        asOfficerOf(commune).header("If-Match", "\"0\"").body(Map.of("value", true)).when().put(path + "1.1").then().statusCode(412);
    }

    @Test
    void importIsAllOrNothingAndReportsEveryBadRow() {
        String set = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.national("NTM"));
        Commune commune = TestCommunes.next();
        String id = TestSets.openAssessment(commune.code(), set, 2024);
        List<Map<String, Object>> rows = new ArrayList<>(TestSets.passingValues());
        rows.set(0, TestSets.row("1.1", "đạt"));
        rows.add(TestSets.row("42.1", true));
        rows.add(TestSets.row("2.1", true));
        asOfficerOf(commune).header("If-Match", "\"0\"").body(Map.of("values", rows))
                .when().post("/api/v1/assessments/" + id + "/indicators").then().statusCode(400)
                .body("errors.field", hasItems("values[0].value", "values[20].indicatorCode", "values[21].indicatorCode"))
                .body("errors", hasSize(3));
        given().when().get("/api/v1/assessments/" + id).then().header("ETag", equalTo("\"0\"")).body("values", hasSize(0));
        asOfficerOf(commune).header("If-Match", "\"0\"").body(Map.of("values", List.of()))
                .when().post("/api/v1/assessments/" + id + "/indicators").then().statusCode(400);

        TestSets.importValues(id, TestSets.passingValues());
        given().when().get("/api/v1/assessments/" + id).then().header("ETag", equalTo("\"1\""))
                .body("values", hasSize(20)).body("summary.criteriaMetText", equalTo("19/19")).body("summary.eligible", equalTo(true));
    }

    @Test
    void evaluationPicksTheThresholdOfTheRegionAndYear() {
        String set = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.national("NTM"));
        // income 55: meets Red River Delta 2023 (52), not 2024 (60); meets the Northern midlands (40) in 2024
        String delta2023 = TestSets.openAssessment(TestCommunes.next().code(), set, 2023);
        String delta2024 = TestSets.openAssessment(TestCommunes.next().code(), set, 2024);
        String north2024 = TestSets.openAssessment(TestCommunes.nextNorthern().code(), set, 2024);
        for (String id : List.of(delta2023, delta2024, north2024)) {
            List<Map<String, Object>> rows = new ArrayList<>(TestSets.passingValues());
            rows.set(9, TestSets.row("10.1", 55));
            TestSets.importValues(id, rows);
        }
        given().when().get("/api/v1/assessments/" + delta2023 + "/evaluation").then().statusCode(200)
                .body("thresholdScope", equalTo("DONG_BANG_SONG_HONG"))
                .body("criteria[9].indicators[0].threshold", equalTo(52))
                .body("criteria[9].indicators[0].status", equalTo("MET"))
                .body("criteriaMetText", equalTo("19/19")).body("eligible", equalTo(true));
        given().when().get("/api/v1/assessments/" + delta2024 + "/evaluation").then().statusCode(200)
                .body("criteria[9].indicators[0].threshold", equalTo(60))
                .body("criteria[9].indicators[0].status", equalTo("NOT_MET"))
                .body("criteria[9].indicators[0].detail", equalTo("55 >= 60 is false (DONG_BANG_SONG_HONG, 2024)"))
                .body("criteria[9].status", equalTo("NOT_MET"))
                .body("criteriaMet", equalTo(18)).body("criteriaTotal", equalTo(19)).body("criteriaMetText", equalTo("18/19"))
                .body("eligible", equalTo(false))
                .body("revocation.recommended", equalTo(false))
                .body("revocation.failedKeyCriteria", equalTo(List.of(10)));
        given().when().get("/api/v1/assessments/" + north2024 + "/evaluation").then().statusCode(200)
                .body("thresholdScope", equalTo("TRUNG_DU_MIEN_NUI_PHIA_BAC"))
                .body("criteria[9].indicators[0].threshold", equalTo(40))
                .body("eligible", equalTo(true));
    }

    @Test
    void anExtremelyDifficultCommuneMayUseTheNorthernThresholdsWithAReason() {
        String set = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.national("NTM"));
        Commune commune = TestCommunes.next();
        String id = asOfficerOf(commune).body(Map.of("communeCode", commune.code(), "criteriaSetCode", set,
                        "year", 2024, "thresholdScope", "TRUNG_DU_MIEN_NUI_PHIA_BAC",
                        "thresholdScopeReason", "Xã đặc biệt khó khăn (QĐ 318/QĐ-TTg)"))
                .when().post("/api/v1/assessments").then().statusCode(201).body("thresholdScope", equalTo("TRUNG_DU_MIEN_NUI_PHIA_BAC"))
                .extract().path("id");
        TestSets.importValues(id, List.of(TestSets.row("10.1", 45)));
        given().when().get("/api/v1/assessments/" + id + "/evaluation").then().body("criteria[9].indicators[0].status", equalTo("MET"));
    }

    @Test
    void revocationIsTestedOnTheSameEvaluation() {
        String set = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.national("NTM"));
        String id = TestSets.openAssessment(TestCommunes.next().code(), set, 2024);
        List<Map<String, Object>> rows = new ArrayList<>(TestSets.passingValues());
        for (int i = 0; i < 5; i++) {
            rows.set(i, TestSets.row((i + 1) + ".1", false)); // criteria 1..5 fail
        }
        rows.set(9, TestSets.row("10.1", 30)); // and income, a key criterion: 6 of 19 (31.6%)
        TestSets.importValues(id, rows);
        given().when().get("/api/v1/assessments/" + id + "/evaluation").then().statusCode(200)
                .body("criteriaMetText", equalTo("13/19"))
                .body("revocation.recommended", equalTo(true))
                .body("revocation.rule", equalTo("KEY_CRITERION_FAILED_WITH_30_TO_50_PERCENT"))
                .body("revocation.failedShare", equalTo(0.3158f))
                .body("revocation.failedPercent", equalTo(31.6f));
    }

    @Test
    void theShippedSetReportsMissingThresholdsInsteadOfGuessing() {
        String id = TestSets.openAssessment(TestCommunes.next().code(), "QD318-NTM-2021-2025", 2024);
        TestSets.importValues(id, List.of(TestSets.row("10.1", 70), TestSets.row("1.1", true)));
        given().when().get("/api/v1/assessments/" + id + "/evaluation").then().statusCode(200)
                .body("criteria[9].indicators[0].status", equalTo("MISSING"))
                .body("criteria[9].indicators[0].missing", equalTo(List.of("MISSING_THRESHOLD")))
                .body("criteria[9].indicators[0].detail", containsString("missing threshold"))
                .body("criteria[9].indicators[0].threshold", nullValue())
                .body("criteria[0].indicators[0].status", equalTo("MET"))
                .body("criteria[0].indicators[1].missing", equalTo(List.of("NO_VALUE")))
                .body("eligible", equalTo(false))
                .body("complete", equalTo(false))
                .body("warnings", hasItem(containsString("missing threshold")));
    }

    @Test
    void listingIsNewestYearFirstWithTheSummary() {
        String set = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.national("NTM"));
        Commune commune = TestCommunes.next();
        String older = TestSets.openAssessment(commune.code(), set, 2023);
        String newer = TestSets.openAssessment(commune.code(), set, 2024);
        TestSets.importValues(newer, TestSets.passingValues());
        given().queryParam("commune", commune.code()).queryParam("size", 1).when().get("/api/v1/assessments").then().statusCode(200)
                .body("totalItems", equalTo(2)).body("size", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(newer))
                .body("items[0].criteriaMet", equalTo(19))
                .body("items[0].criteriaTotal", equalTo(19))
                .body("items[0].eligible", equalTo(true));
        given().queryParam("commune", commune.code()).queryParam("year", 2023).when().get("/api/v1/assessments").then().statusCode(200)
                .body("items.id", equalTo(List.of(older))).body("items[0].criteriaMetText", equalTo("0/19"));
        given().queryParam("commune", "abc").when().get("/api/v1/assessments").then().statusCode(400);
        given().queryParam("size", 500).when().get("/api/v1/assessments").then().statusCode(400);
    }

    @Test
    void modelConditions() {
        String advanced = TestSets.publish(TestSets.code("TEST-ADV"), TestSets.national("ADVANCED"));
        String model = TestSets.publish(TestSets.code("TEST-MODEL"), TestSets.model(advanced));
        TestSets.defineOutstandingFields();
        Commune commune = TestCommunes.next();
        String id = TestSets.openAssessment(commune.code(), model, 2024);
        String path = "/api/v1/assessments/" + id + "/indicators/";
        asOfficerOf(commune).header("If-Match", etag(id)).body(Map.of("value", "TOURISM")).when().put(path + "M4.1")
                .then().statusCode(400).body("errors[0].message", containsString("CULTURE, EDUCATION, PRODUCTION"));
        asOfficerOf(commune).header("If-Match", etag(id)).body(Map.of("value", true)).when().put(path + "M1.1")
                .then().statusCode(422);
        // 60 × 1.10 = 66 for the Red River Delta in 2024: 65.9 is short
        TestSets.importValues(id, List.of(TestSets.row("M2.1", 65.9), TestSets.row("M3.1", 1), TestSets.row("M4.1", "EDUCATION")));
        given().when().get("/api/v1/assessments/" + id + "/evaluation?asOf=2024-10-01").then().statusCode(200)
                .body("level", equalTo("MODEL"))
                .body("criteria[0].status", equalTo("NOT_MET"))
                .body("criteria[1].indicators[0].threshold", equalTo(66.0f))
                .body("criteria[1].indicators[0].thresholdSource", containsString("1.10 × threshold of 10.1"))
                .body("criteria[1].status", equalTo("NOT_MET"))
                .body("criteria[2].status", equalTo("MET"))
                .body("criteria[3].status", equalTo("MET"))
                .body("criteria[3].indicators[0].allowedChoices", equalTo(List.of("CULTURE", "EDUCATION", "PRODUCTION")))
                .body("criteriaMetText", equalTo("2/4"))
                .body("revocation", nullValue());

        TestSets.recordRecognition(commune.code(), "ADVANCED", "QD318-ADVANCED-2021-2025", 2023, "2023-12-29", null);
        TestSets.importValues(id, List.of(TestSets.row("M2.1", 66)));
        given().when().get("/api/v1/assessments/" + id + "/evaluation?asOf=2024-10-01").then().statusCode(200)
                .body("criteria[0].status", equalTo("MET"))
                .body("criteria[1].status", equalTo("MET"))
                .body("criteriaMetText", equalTo("4/4")).body("eligible", equalTo(true));
        given().when().get("/api/v1/assessments/" + id + "/evaluation?asOf=2023-06-01").then().statusCode(200)
                .body("criteria[0].status", equalTo("NOT_MET")).body("asOf", equalTo("2023-06-01")).body("assessmentId", notNullValue());
    }
}
