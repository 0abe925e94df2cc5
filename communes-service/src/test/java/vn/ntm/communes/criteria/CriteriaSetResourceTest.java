package vn.ntm.communes.criteria;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.certification.FakeNeighbours;
import vn.ntm.communes.certification.TestCommunes;
import vn.ntm.communes.certification.TestSets;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class CriteriaSetResourceTest {

    private static RequestSpecification asAdmin() {
        return Callers.admin().contentType(ContentType.JSON);
    }

    private static RequestSpecification asProvince(String province) {
        return Callers.provinceOfficer(province).contentType(ContentType.JSON);
    }

    @Test
    void theShippedSetsAreListed() {
        given().queryParam("size", 200).when().get("/api/v1/criteria-sets").then().statusCode(200)
                .body("items.code", hasItems("QD318-NTM-2021-2025", "QD318-ADVANCED-2021-2025", "QD319-MODEL-2021-2025"));
        given().queryParam("level", "MODEL").queryParam("size", 200).when().get("/api/v1/criteria-sets").then().statusCode(200)
                .body("items.level", everyItem(equalTo("MODEL")));
    }

    @Test
    void ntmSetHas19CriteriaWithItsKeyCriteriaAndSaysWhatIsUnverified() {
        given().when().get("/api/v1/criteria-sets/QD318-NTM-2021-2025").then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("level", equalTo("NTM"))
                .body("definition.legalBasis", containsString("318/QĐ-TTg"))
                .body("definition.criteria", hasSize(19))
                .body("definition.criteria.findAll { it.key }.number", equalTo(List.of(10, 17, 19)))
                .body("definition.criteria[9].nameVi", equalTo("Thu nhập"))
                .body("definition.criteria[9].indicators[0].thresholds", hasSize(0))
                .body("definition.criteria[9].indicators[0].thresholdNote", containsString("missing a threshold"))
                .body("definition.criteria[14].indicators[0].thresholds[0].verified", equalTo(false))
                .body("definition.criteria[14].indicators[0].thresholds[0].note", containsString("Provisional"))
                .body("dataQuality.unverifiedThresholds", equalTo(10))
                .body("dataQuality.indicatorsWithoutThreshold", hasItem("10.1"))
                .body("dataQuality.warnings[0]", containsString("verified: false"));
    }

    @Test
    void advancedAndModelSets() {
        given().when().get("/api/v1/criteria-sets/QD318-ADVANCED-2021-2025").then().statusCode(200)
                .body("definition.criteria", hasSize(19))
                .body("definition.criteria.findAll { it.key }.nameVi", equalTo(List.of("Thu nhập", "Môi trường", "Chất lượng môi trường sống", "Quốc phòng và An ninh")));
        given().when().get("/api/v1/criteria-sets/QD319-MODEL-2021-2025").then().statusCode(200)
                .body("definition.criteria", hasSize(4))
                .body("definition.criteria[0].indicators[0].type", equalTo("RECOGNITION"))
                .body("definition.criteria[1].indicators[0].derivedThreshold.factor", equalTo("MODEL_INCOME"))
                .body("definition.criteria[3].indicators[0].choices", equalTo("OUTSTANDING_FIELDS"));
    }

    @Test
    void unknownSetIsA404Problem() {
        given().when().get("/api/v1/criteria-sets/QD999-NOPE").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("QD999-NOPE"));
        given().when().get("/api/v1/criteria-sets/QD318-NTM-2021-2025?version=99").then().statusCode(404)
                .contentType("application/problem+json");
        given().queryParam("level", "GOLD").when().get("/api/v1/criteria-sets").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void publishingMakesVersionsAndSameContentChangesNothing() {
        String code = TestSets.code("TEST-NTM");
        Map<String, Object> doc = TestSets.national("NTM");
        asAdmin().body(doc).when().put("/api/v1/criteria-sets/" + code).then().statusCode(201)
                .header("ETag", equalTo("\"1\"")).body("version", equalTo(1)).body("inUse", equalTo(false));
        asAdmin().header("If-Match", "\"1\"").body(doc).when().put("/api/v1/criteria-sets/" + code)
                .then().statusCode(200).body("version", equalTo(1));

        Map<String, Object> changed = new HashMap<>(doc);
        changed.put("titleVi", "Bộ tiêu chí thử nghiệm, bản 2");
        asAdmin().body(changed).when().put("/api/v1/criteria-sets/" + code).then().statusCode(428)
                .contentType("application/problem+json");
        asAdmin().header("If-Match", "\"7\"").body(changed).when().put("/api/v1/criteria-sets/" + code)
                .then().statusCode(412);
        asAdmin().header("If-Match", "\"1\"").body(changed).when().put("/api/v1/criteria-sets/" + code)
                .then().statusCode(201).body("version", equalTo(2)).body("latestVersion", equalTo(2));
        given().when().get("/api/v1/criteria-sets/" + code + "?version=1").then().statusCode(200)
                .body("definition.titleVi", equalTo("Bộ tiêu chí thử nghiệm NTM")).body("latestVersion", equalTo(2));
    }

    @Test
    void aVersionInUseStaysAsItWasForItsAssessments() {
        String code = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.national("NTM"));
        TestCommunes.Commune commune = TestCommunes.next();
        String assessment = TestSets.openAssessment(commune.code(), code, 2024);
        TestSets.importValues(assessment, List.of(TestSets.row("10.1", 58)));
        given().when().get("/api/v1/criteria-sets/" + code).then().body("inUse", equalTo(true));

        // version 2 lowers nothing but moves the 2024 Red River Delta income threshold to 57
        Map<String, Object> v2 = TestSets.national("NTM");
        setIncome(v2, 57);
        asAdmin().header("If-Match", "\"1\"").body(v2).when().put("/api/v1/criteria-sets/" + code)
                .then().statusCode(201).body("version", equalTo(2));

        given().when().get("/api/v1/assessments/" + assessment + "/evaluation").then().statusCode(200)
                .body("criteriaSet.version", equalTo(1))
                .body("criteria[9].indicators[0].threshold", equalTo(60))
                .body("criteria[9].indicators[0].status", equalTo("NOT_MET"));
        String later = TestSets.openAssessment(TestCommunes.next().code(), code, 2024);
        TestSets.importValues(later, List.of(TestSets.row("10.1", 58)));
        given().when().get("/api/v1/assessments/" + later + "/evaluation").then().statusCode(200)
                .body("criteriaSet.version", equalTo(2))
                .body("criteria[9].indicators[0].threshold", equalTo(57))
                .body("criteria[9].indicators[0].status", equalTo("MET"));
    }

    @SuppressWarnings("unchecked")
    private static void setIncome(Map<String, Object> doc, int value) {
        List<Map<String, Object>> criteria = new ArrayList<>((List<Map<String, Object>>) doc.get("criteria"));
        Map<String, Object> income = new LinkedHashMap<>(criteria.get(9));
        Map<String, Object> indicator = new LinkedHashMap<>(((List<Map<String, Object>>) income.get("indicators")).get(0));
        List<Map<String, Object>> thresholds = new ArrayList<>((List<Map<String, Object>>) indicator.get("thresholds"));
        Map<String, Object> t = new LinkedHashMap<>(thresholds.get(1));
        t.put("value", value);
        thresholds.set(1, t);
        indicator.put("thresholds", thresholds);
        income.put("indicators", List.of(indicator));
        criteria.set(9, income);
        doc.put("criteria", criteria);
    }

    @Test
    void anInvalidSetListsEveryProblem() {
        Map<String, Object> doc = TestSets.national("NTM");
        List<Map<String, Object>> criteria = new ArrayList<>((List<Map<String, Object>>) doc.get("criteria"));
        criteria.set(1, Map.of("number", 2, "nameVi", "Giao thông", "key", false, "indicators", List.of(
                Map.of("code", "1.1", "nameVi", "Trùng mã", "type", "PASS_FAIL", "source", "test"),
                Map.of("code", "2.2", "nameVi", "Thiếu toán tử", "type", "NUMERIC", "source", "test"),
                Map.of("code", "2.3", "nameVi", "Vùng lạ", "type", "NUMERIC", "operator", "GTE", "source", "test",
                        "thresholds", List.of(Map.of("scope", "ATLANTIS", "value", 90, "verified", true, "source", "test"))),
                Map.of("code", "2.4", "nameVi", "Chưa xác nhận", "type", "NUMERIC", "operator", "GTE", "source", "test",
                        "thresholds", List.of(Map.of("value", 90, "verified", false, "source", "test"))))));
        doc.put("criteria", criteria);
        asAdmin().body(doc).when().put("/api/v1/criteria-sets/" + TestSets.code("TEST-BAD")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("criteria[1].indicators[0].code", "criteria[1].indicators[1].operator",
                        "criteria[1].indicators[2].thresholds[0].scope", "criteria[1].indicators[3].thresholds[0].note"));
        asAdmin().body(Map.of("titleVi", "Thiếu", "legalBasis", "x", "level", "PLATINUM"))
                .when().put("/api/v1/criteria-sets/" + TestSets.code("TEST-BAD")).then().statusCode(400)
                .body("errors[0].field", equalTo("level"));
        asAdmin().body(Map.of("titleVi", "Thiếu", "legalBasis", "x"))
                .when().put("/api/v1/criteria-sets/" + TestSets.code("TEST-BAD")).then().statusCode(400)
                .body("errors.field", hasItems("level", "periodFrom", "scopes", "criteria"));
    }

    private static Map<String, Object> overlay(String baseCode, String province, int healthInsurance, boolean addIndicator) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("titleVi", "Chỉ tiêu bổ sung của tỉnh (thử nghiệm)");
        doc.put("legalBasis", "Quyết định của UBND tỉnh (thử nghiệm)");
        doc.put("baseCode", baseCode);
        doc.put("provinceCode", province);
        doc.put("overrides", List.of(Map.of("indicatorCode", "15.1", "thresholds",
                List.of(Map.of("value", healthInsurance, "verified", true, "source", "UBND tỉnh (thử nghiệm)")))));
        if (addIndicator) {
            doc.put("addedIndicators", List.of(Map.of("criterionNumber", 17, "indicator", Map.of("code", "TB-17.2",
                    "nameVi", "Tỷ lệ thôn phân loại rác tại nguồn", "type", "PASS_FAIL", "source", "UBND tỉnh (thử nghiệm)"))));
        }
        return doc;
    }

    @Test
    void aProvincialOverlayMayOnlyTightenAndAppliesToItsOwnCommunes() {
        String base = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.nationalWithProvisionalInsurance("NTM"));
        String overlayCode = TestSets.code("TEST-OVL");
        asProvince(TestCommunes.PROVINCE).body(overlay(base, TestCommunes.PROVINCE, 80, false)).when().put("/api/v1/criteria-sets/" + overlayCode)
                .then().statusCode(400).body("errors[0].field", equalTo("overrides[0].thresholds[0].value"))
                .body("errors[0].message", containsString("only tighten"));
        asProvince(TestCommunes.PROVINCE).body(overlay("TEST-NONE", TestCommunes.PROVINCE, 95, false)).when().put("/api/v1/criteria-sets/" + overlayCode)
                .then().statusCode(400).body("errors[0].field", equalTo("baseCode"));
        asProvince(TestCommunes.PROVINCE).body(overlay(base, TestCommunes.PROVINCE, 95, true)).when().put("/api/v1/criteria-sets/" + overlayCode)
                .then().statusCode(201).body("baseCode", equalTo(base)).body("provinceCode", equalTo(TestCommunes.PROVINCE)).body("level", equalTo("NTM"));

        // Hưng Yên (33) gets the overlay, Hà Giang (02) does not
        String inProvince = TestSets.openAssessment(TestCommunes.next().code(), base, 2024);
        String elsewhere = TestSets.openAssessment(TestCommunes.nextNorthern().code(), base, 2024);
        for (String id : List.of(inProvince, elsewhere)) {
            TestSets.importValues(id, List.of(TestSets.row("15.1", 92)));
        }
        given().when().get("/api/v1/assessments/" + inProvince).then().body("overlay.code", equalTo(overlayCode));
        given().when().get("/api/v1/assessments/" + inProvince + "/evaluation").then().statusCode(200)
                .body("overlay.code", equalTo(overlayCode))
                .body("criteria[14].indicators[0].threshold", equalTo(95))
                .body("criteria[14].indicators[0].thresholdFromOverlay", equalTo(true))
                .body("criteria[14].indicators[0].status", equalTo("NOT_MET"))
                .body("criteria[16].indicators[1].code", equalTo("TB-17.2"))
                .body("criteria[16].indicators[1].addedByOverlay", equalTo(true));
        given().when().get("/api/v1/assessments/" + elsewhere + "/evaluation").then().statusCode(200)
                .body("overlay", nullValue())
                .body("criteria[14].indicators[0].threshold", equalTo(85))
                .body("criteria[14].indicators[0].thresholdVerified", equalTo(false))
                .body("criteria[14].indicators[0].status", equalTo("MET"))
                .body("criteria[16].indicators", hasSize(1))
                .body("unverifiedThresholdsUsed", greaterThan(0));
    }

    @Test
    void provincesDefineTheirOutstandingFields() {
        given().queryParam("province", "30").when().get("/api/v1/outstanding-fields").then().statusCode(200)
                .body("items.code", equalTo(List.of("CULTURE", "EDUCATION", "PRODUCTION")))
                .body("items[2].nameVi", equalTo("Sản xuất"));
        Map<String, Object> tourism = Map.of("nameVi", "Du lịch", "nameEn", "Tourism", "source", "Quyết định của UBND tỉnh Hà Nam (thử nghiệm)");
        asProvince("35").body(tourism).when().put("/api/v1/outstanding-fields/35/TOURISM").then().statusCode(201)
                .body("provinceCode", equalTo("35")).body("code", equalTo("TOURISM"));
        asProvince("35").body(tourism).when().put("/api/v1/outstanding-fields/35/TOURISM").then().statusCode(200);
        given().queryParam("province", "35").when().get("/api/v1/outstanding-fields").then().statusCode(200)
                .body("items.code", equalTo(List.of("TOURISM"))).body("totalItems", equalTo(1));
        asProvince("35").body(tourism).when().put("/api/v1/outstanding-fields/35/du-lich").then().statusCode(400);
        asProvince("35").body(Map.of("nameVi", "Du lịch")).when().put("/api/v1/outstanding-fields/35/TOURISM")
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
        given().when().get("/api/v1/outstanding-fields").then().statusCode(400);
    }

    @Test
    void nationalSetsAreTheAdministratorsAndOverlaysTheirProvinces() {
        String base = TestSets.publish(TestSets.code("TEST-NTM"), TestSets.national("NTM"));
        // a province officer may not publish a national set, nor a new version of one: 403 before If-Match is looked at
        asProvince(TestCommunes.PROVINCE).body(TestSets.national("NTM"))
                .when().put("/api/v1/criteria-sets/" + TestSets.code("TEST-NTM")).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("ADMINISTRATOR"));
        asProvince(TestCommunes.PROVINCE).body(overlay(base, TestCommunes.PROVINCE, 95, false))
                .when().put("/api/v1/criteria-sets/" + base).then().statusCode(403);
        // nor an overlay for another province, nor a new version of another province's overlay
        String overlayCode = TestSets.code("TEST-OVL");
        asProvince("02").body(overlay(base, TestCommunes.PROVINCE, 95, false))
                .when().put("/api/v1/criteria-sets/" + overlayCode).then().statusCode(403)
                .body("detail", containsString("scoped to province 02"));
        asProvince(TestCommunes.PROVINCE).body(overlay(base, TestCommunes.PROVINCE, 95, false))
                .when().put("/api/v1/criteria-sets/" + overlayCode).then().statusCode(201)
                .body("publishedBy", equalTo(Callers.subject("PROVINCE_OFFICER", TestCommunes.PROVINCE, null)));
        asProvince("02").header("If-Match", "\"1\"").body(overlay(base, "02", 96, false))
                .when().put("/api/v1/criteria-sets/" + overlayCode).then().statusCode(403);
        // the administrator publishes anything; no token or a citizen's is refused
        asAdmin().header("If-Match", "\"1\"").body(overlay(base, TestCommunes.PROVINCE, 96, false))
                .when().put("/api/v1/criteria-sets/" + overlayCode).then().statusCode(201).body("version", equalTo(2));
        given().contentType(ContentType.JSON).body(TestSets.national("NTM")).when().put("/api/v1/criteria-sets/" + TestSets.code("TEST-NTM"))
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        Callers.as("CITIZEN", TestCommunes.PROVINCE, null).contentType(ContentType.JSON).body(TestSets.national("NTM"))
                .when().put("/api/v1/criteria-sets/" + TestSets.code("TEST-NTM")).then().statusCode(403);
        // outstanding fields belong to their province too
        asProvince("02").body(Map.of("nameVi", "Du lịch", "source", "thử nghiệm"))
                .when().put("/api/v1/outstanding-fields/" + TestCommunes.PROVINCE + "/TOURISM").then().statusCode(403);
    }
}
