package vn.ntm.communes.targets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.LegalDate;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;

/**
 * 2026–2030 progress: the denominator from the unit registry (Hải Phòng after 1 July 2025: 67 xã of its 114 units; the
 * 45 phường and 2 đặc khu are not in the programme), the national roll-up as the sum of the provinces, and the national
 * 2030 targets (about 65% NTM, about 10% modern, 5 provinces). Achieved counts depend on what other test classes record
 * in the shared database, so this class asserts denominators, sums and targets, and sums of achieved figures.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(TestTokens.class)
class NationalProgressTest {

    /** Rural communes (Xã) in the 2025 unit list (reference-data/vn_admin_units_2025.csv), 34 provinces. */
    private static final int XA_2025 = 2621;

    @Test
    void haiPhong2026CountsItsSixtySevenXa() {
        JsonPath p = given().queryParam("year", 2026).when().get("/api/v1/provinces/31/progress").then().statusCode(200)
                .body("province.name", equalTo("Thành phố Hải Phòng"))
                .body("denominator.communes", equalTo(67))
                .body("denominator.unitsDate", equalTo(todayOrYearEnd(2026)))
                .extract().jsonPath();
        List<String> levels = p.getList("levels.level");
        assertThat(levels).contains("NTM", "MODERN");
        // the units' own types decide, not a constant: 114 units, of which 67 XA
        given().queryParam("province", "31").queryParam("type", "XA").queryParam("size", 1).when().get("/api/v1/communes")
                .then().statusCode(200).body("totalItems", equalTo(67));
        given().queryParam("province", "31").queryParam("type", "PHUONG").queryParam("size", 1).when().get("/api/v1/communes")
                .then().statusCode(200).body("totalItems", equalTo(45));
    }

    @Test
    void haiDuong2025StaysOnItsHundredFiftyOneXa() {
        given().queryParam("year", 2025).when().get("/api/v1/provinces/30/progress").then().statusCode(200)
                .body("province.name", equalTo("Tỉnh Hải Dương"))
                .body("denominator.communes", equalTo(151)).body("denominator.unitsDate", equalTo("2025-06-30"));
    }

    @Test
    void nationalRollUpSumsTheProvincesWithTheDenominator() {
        JsonPath n = given().queryParam("year", 2026).queryParam("asOf", "2026-12-31").when().get("/api/v1/progress")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("denominator.provinces", equalTo(34))
                .body("denominator.unitsDate", equalTo("2026-12-31"))
                .body("denominator.communes", equalTo(XA_2025))
                .extract().jsonPath();
        List<Map<String, Object>> provinces = n.getList("provinces");
        assertThat(provinces).hasSize(34);
        assertThat(provinces.stream().mapToInt(p -> (Integer) p.get("communes")).sum()).isEqualTo(XA_2025);
        assertThat(provinces).filteredOn(p -> p.get("code").equals("31")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("communes", 67).containsEntry("name", "Thành phố Hải Phòng"));
        assertThat(provinces).noneMatch(p -> p.get("code").equals("30")); // Hải Dương ended on 2025-06-30
        // each level's national figure is the sum of the provinces' own progress
        int ntm = provinces.stream().mapToInt(p -> (Integer) p.get("ntm")).sum();
        assertThat(level(n, "NTM")).containsEntry("achieved", ntm);
        int haiPhongNtm = given().queryParam("year", 2026).queryParam("asOf", "2026-12-31").when().get("/api/v1/provinces/31/progress")
                .then().statusCode(200).extract().path("levels.find { it.level == 'NTM' }.achieved");
        assertThat(provinces).filteredOn(p -> p.get("code").equals("31")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("ntm", haiPhongNtm));

        // 2025 before the reform: 63 provinces, Hải Dương among them with its 151
        JsonPath before = given().queryParam("year", 2025).queryParam("asOf", "2025-06-30").when().get("/api/v1/progress")
                .then().statusCode(200).body("denominator.provinces", equalTo(63)).extract().jsonPath();
        List<Map<String, Object>> old = before.getList("provinces");
        assertThat(old).filteredOn(p -> p.get("code").equals("30")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("communes", 151));
        assertThat(before.getList("levels.level")).containsExactly("NTM", "ADVANCED", "MODEL");
        assertThat(before.getInt("denominator.communes")).isEqualTo(old.stream().mapToInt(p -> (Integer) p.get("communes")).sum());
    }

    @Test
    void nationalTargetsFor2030AndProgressAgainstThem() {
        JsonPath n = given().queryParam("year", 2030).queryParam("asOf", "2030-12-31").when().get("/api/v1/progress")
                .then().statusCode(200)
                .body("provincesComplete.provinces", equalTo(5))
                .body("provincesComplete.verified", equalTo(false))
                // the shipped Appendix III rule is unconfirmed: every province's verdict is UNDECIDABLE, so is the target
                .body("provincesComplete.complete", equalTo(0))
                .body("provincesComplete.undecided", equalTo(34))
                .body("provincesComplete.targetMet", equalTo(null))
                .body("provincesComplete.explanation", org.hamcrest.Matchers.containsString("QD51-PROVINCE-2026-2030 v1; 34 cannot be decided"))
                .extract().jsonPath();
        long communes = n.getLong("denominator.communes");
        Map<String, Object> ntm = level(n, "NTM");
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) ntm.get("target");
        assertThat(target).containsEntry("year", 2030).containsEntry("approximate", true).containsEntry("verified", false);
        assertThat(((Number) target.get("percent")).doubleValue()).isEqualTo(65.0);
        long expected = (long) Math.ceil(communes * 65 / 100.0);
        assertThat(((Number) target.get("communes")).longValue()).isEqualTo(expected);
        long achieved = ((Number) ntm.get("achieved")).longValue();
        assertThat(((Number) ntm.get("remaining")).longValue()).isEqualTo(Math.max(0, expected - achieved));
        assertThat(ntm).containsEntry("targetMet", achieved >= expected);
        @SuppressWarnings("unchecked")
        Map<String, Object> modern = (Map<String, Object>) level(n, "MODERN").get("target");
        assertThat(((Number) modern.get("percent")).doubleValue()).isEqualTo(10.0);
        assertThat(((Number) modern.get("communes")).longValue()).isEqualTo((long) Math.ceil(communes * 10 / 100.0));
        assertThat((String) modern.get("source")).contains("QĐ 417/QĐ-BNNMT");

        // a year of the period without its own targets is measured against the period end (2030)
        given().queryParam("year", 2027).queryParam("asOf", "2027-12-31").when().get("/api/v1/progress").then().statusCode(200)
                .body("levels.find { it.level == 'NTM' }.target.year", equalTo(2030));
        // 2021–2025 has no national target in the table: none is shown
        given().queryParam("year", 2024).queryParam("asOf", "2024-12-31").when().get("/api/v1/progress").then().statusCode(200)
                .body("levels.find { it.level == 'NTM' }.target", equalTo(null));
    }

    @Test
    void aProvinceSetsModernTargetsFor2030() {
        Callers.provinceOfficer("31").contentType(ContentType.JSON)
                .body(Map.of("targets", Map.of("NTM", 60, "MODERN", 7), "source", "Kế hoạch thử nghiệm (test)"))
                .when().put("/api/v1/provinces/31/targets/2030").then().statusCode(201).body("targets.MODERN", equalTo(7));
        JsonPath p = given().queryParam("year", 2030).queryParam("asOf", "2030-12-31").when().get("/api/v1/provinces/31/progress")
                .then().statusCode(200).body("denominator.communes", equalTo(67)).extract().jsonPath();
        assertThat(level(p, "MODERN")).containsEntry("target", 7);
        assertThat(share(level(p, "MODERN"), "targetShare")).containsEntry("fraction", "7/67");
        // more modern than NTM, and more than the 67 xã
        Callers.provinceOfficer("31").contentType(ContentType.JSON)
                .body(Map.of("targets", Map.of("NTM", 5, "MODERN", 68), "source", "x"))
                .when().put("/api/v1/provinces/31/targets/2029").then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblem() {
        given().queryParam("year", "20x6").when().get("/api/v1/progress").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("year", 1999).when().get("/api/v1/progress").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("basis", "SOMETIMES").when().get("/api/v1/progress").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("asOf", "2026-13-01").when().get("/api/v1/progress").then().statusCode(400).contentType("application/problem+json");
        given().queryParam("year", 2026).when().get("/api/v1/provinces/99/progress").then().statusCode(404).contentType("application/problem+json");
    }

    private static String todayOrYearEnd(int year) {
        java.time.LocalDate end = java.time.LocalDate.of(year, 12, 31);
        java.time.LocalDate today = LegalDate.today();
        return (today.isBefore(end) ? today : end).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> level(JsonPath p, String level) {
        List<Map<String, Object>> levels = p.getList("levels");
        return levels.stream().filter(l -> l.get("level").equals(level)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> share(Map<String, Object> level, String name) {
        return (Map<String, Object>) level.get(name);
    }
}
