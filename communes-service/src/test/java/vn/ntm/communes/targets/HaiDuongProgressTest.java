package vn.ntm.communes.targets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.units.imports.Csv;
import vn.ntm.communes.units.imports.CsvRow;

/**
 * Hải Dương's 2025 figures through the API (domain reference E.1): a base of 65 advanced and 19 model communes out of
 * 151 (January 2025), the 2024 cohort signed in April 2025 (+10 advanced, +13 model) and the rest of the 2025 plan
 * (+19 advanced, +3 model) give 94/151 and 35/151 and meet the targets. This class alone records Hải Dương recognitions.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(TestTokens.class)
class HaiDuongProgressTest {

    /** Hải Dương's province officer records its recognitions and sets its targets. */
    static final String HAI_DUONG = "30";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] FIELDS = {"CULTURE", "EDUCATION", "PRODUCTION"};

    @BeforeEach
    void recordHaiDuongRecognitionsOnce() {
        HaiDuongRecognitions.recordOnce();
    }

    @Test
    void the2025FiguresMeetTheTargets() {
        given().when().get("/api/v1/provinces/30/targets/2025").then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("targets.MODEL", equalTo(35)).body("source", equalTo("Kế hoạch 4647/KH-UBND"));

        JsonPath progress = given().queryParam("year", 2025).when().get("/api/v1/provinces/30/progress")
                .then().statusCode(200)
                .body("province.code", equalTo("30"))
                .body("provinceStatus", equalTo("ENDED"))
                .body("successors[0].code", equalTo("31"))
                .body("basis", equalTo("RECOGNITION_YEAR"))
                .body("denominator.communes", equalTo(151))
                .body("denominator.unitsDate", equalTo("2025-06-30"))
                .body("targetSource", equalTo("Kế hoạch 4647/KH-UBND"))
                .extract().jsonPath();
        Map<String, Object> advanced = level(progress, "ADVANCED");
        assertThat(advanced).containsEntry("achieved", 94).containsEntry("target", 94).containsEntry("remaining", 0)
                .containsEntry("targetMet", true);
        assertThat(share(advanced, "achievedShare")).containsEntry("fraction", "94/151").containsEntry("percent", 62.3f)
                .containsEntry("rate", 0.6225f);
        assertThat(share(advanced, "targetShare")).containsEntry("fraction", "94/151");
        Map<String, Object> model = level(progress, "MODEL");
        assertThat(model).containsEntry("achieved", 35).containsEntry("target", 35).containsEntry("targetMet", true);
        assertThat(share(model, "achievedShare")).containsEntry("fraction", "35/151").containsEntry("percent", 23.2f)
                .containsEntry("rate", 0.2318f);

        given().queryParam("province", "30").queryParam("level", "MODEL").queryParam("size", 200).when().get("/api/v1/communes")
                .then().statusCode(200).body("totalItems", equalTo(35));
    }

    @Test
    void countingByRecognitionYearOrByDecisionDate() {
        // the 2024 cohort counts for 2024 by recognition year, but its decision came in 2025
        JsonPath byYear = given().queryParam("year", 2024).queryParam("basis", "RECOGNITION_YEAR")
                .when().get("/api/v1/provinces/30/progress").then().statusCode(200)
                .body("denominator.communes", equalTo(151)).extract().jsonPath();
        assertThat(level(byYear, "ADVANCED")).containsEntry("achieved", 75);
        assertThat(level(byYear, "MODEL")).containsEntry("achieved", 32);
        JsonPath byDecision = given().queryParam("year", 2024).queryParam("basis", "DECISION_DATE")
                .when().get("/api/v1/provinces/30/progress").then().statusCode(200)
                .body("decidedBy", equalTo("2024-12-31")).extract().jsonPath();
        assertThat(level(byDecision, "ADVANCED")).containsEntry("achieved", 65);
        assertThat(level(byDecision, "MODEL")).containsEntry("achieved", 19);
        assertThat(share(level(byDecision, "ADVANCED"), "achievedShare")).containsEntry("fraction", "65/151").containsEntry("percent", 43.0f);
        JsonPath inMay = given().queryParam("year", 2025).queryParam("basis", "DECISION_DATE").queryParam("asOf", "2025-05-01")
                .when().get("/api/v1/provinces/30/progress").then().statusCode(200)
                .body("provinceStatus", equalTo("ACTIVE")).body("denominator.unitsDate", equalTo("2025-05-01")).extract().jsonPath();
        assertThat(level(inMay, "ADVANCED")).containsEntry("achieved", 75);
        assertThat(level(inMay, "MODEL")).containsEntry("achieved", 32);
    }

    @Test
    void progressExportsAsCsvAndExcel() throws Exception {
        byte[] csv = given().accept("text/csv").queryParam("year", 2025).when().get("/api/v1/provinces/30/progress")
                .then().statusCode(200).contentType("text/csv").header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv"))
                .extract().asByteArray();
        List<CsvRow> rows = Csv.parse(new String(csv, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(4);
        List<String> header = List.of(rows.get(0).fields());
        CsvRow advanced = rows.stream().filter(r -> r.field(header.indexOf("level")).equals("ADVANCED")).findFirst().orElseThrow();
        assertThat(advanced.field(header.indexOf("provinceName"))).isEqualTo("Tỉnh Hải Dương");
        assertThat(advanced.field(header.indexOf("achieved"))).isEqualTo("94");
        assertThat(advanced.field(header.indexOf("denominator"))).isEqualTo("151");
        assertThat(advanced.field(header.indexOf("achievedFraction"))).isEqualTo("94/151");
        assertThat(advanced.field(header.indexOf("achievedPercent"))).isEqualTo("62.3");
        assertThat(advanced.field(header.indexOf("target"))).isEqualTo("94");
        assertThat(advanced.field(header.indexOf("targetFraction"))).isEqualTo("94/151");
        assertThat(advanced.field(header.indexOf("targetMet"))).isEqualTo("YES");

        byte[] xlsx = given().accept(XLSX).queryParam("year", 2025).when().get("/api/v1/provinces/30/progress")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            Row model = null;
            int levelColumn = -1;
            int achievedColumn = -1;
            for (Row row : sheet) {
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    String value = format.formatCellValue(row.getCell(i));
                    if (value.equals("level")) {
                        levelColumn = i;
                    } else if (value.equals("achieved")) {
                        achievedColumn = i;
                    }
                }
                if (levelColumn >= 0 && format.formatCellValue(row.getCell(levelColumn)).equals("MODEL")) {
                    model = row;
                }
            }
            assertThat(model).isNotNull();
            assertThat(model.getCell(achievedColumn).getNumericCellValue()).isEqualTo(35.0);
            assertThat(format.formatCellValue(sheet.getRow(0).getCell(0))).contains("Tỉnh Hải Dương");
        }
    }

    @Test
    void registryExportsAsCsvAndExcel() throws Exception {
        byte[] csv = given().accept("text/csv").queryParam("province", "30").queryParam("year", 2024)
                .when().get("/api/v1/recognitions").then().statusCode(200).extract().asByteArray();
        List<CsvRow> rows = Csv.parse(new String(csv, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(1 + 23);
        List<String> header = List.of(rows.get(0).fields());
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r.field(header.indexOf("decisionDate"))).isEqualTo("2025-04-29");
            assertThat(r.field(header.indexOf("recognitionYear"))).isEqualTo("2024");
            assertThat(r.field(header.indexOf("provinceName"))).isEqualTo("Tỉnh Hải Dương");
        });
        assertThat(rows.stream().filter(r -> r.field(header.indexOf("level")).equals("MODEL")).count()).isEqualTo(13);

        byte[] xlsx = given().accept(XLSX).queryParam("province", "30").queryParam("level", "MODEL")
                .when().get("/api/v1/recognitions").then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            // preamble line, blank line, header, then one row per model recognition
            assertThat(sheet.getLastRowNum() + 1).isEqualTo(3 + 35);
        }
        given().queryParam("province", "30").queryParam("year", 2024).when().get("/api/v1/recognitions")
                .then().statusCode(200).body("totalItems", equalTo(23)).body("items", hasSize(20));
    }

    @Test
    void targetUpdatesNeedTheCurrentVersion() {
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON).body(Map.of("targets", Map.of("ADVANCED", 90, "MODEL", 30)))
                .when().put("/api/v1/provinces/30/targets/2024").then().statusCode(201);
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON).body(Map.of("targets", Map.of("ADVANCED", 91)))
                .when().put("/api/v1/provinces/30/targets/2024").then().statusCode(428).contentType("application/problem+json");
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("targets", Map.of("ADVANCED", 91)))
                .when().put("/api/v1/provinces/30/targets/2024").then().statusCode(412);
        String etag = given().when().get("/api/v1/provinces/30/targets/2024").then().statusCode(200).extract().header("ETag");
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("targets", Map.of("ADVANCED", 91)))
                .when().put("/api/v1/provinces/30/targets/2024").then().statusCode(200).body("targets.ADVANCED", equalTo(91))
                .body("targets.MODEL", org.hamcrest.Matchers.nullValue());
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON).body(Map.of("targets", Map.of("ADVANCED", 152)))
                .when().put("/api/v1/provinces/30/targets/2023").then().statusCode(422).body("errors[0].field", equalTo("targets.ADVANCED"));
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON).body(Map.of("targets", Map.of("ADVANCED", 20, "MODEL", 30)))
                .when().put("/api/v1/provinces/30/targets/2023").then().statusCode(422).body("errors[0].field", equalTo("targets.MODEL"));
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON).body(Map.of("targets", Map.of("GOLD", 3)))
                .when().put("/api/v1/provinces/30/targets/2023").then().statusCode(400);
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON).body(Map.of("targets", Map.of("ADVANCED", -1)))
                .when().put("/api/v1/provinces/30/targets/2023").then().statusCode(400);
        // another province's officer may not touch them, whatever it sends: 403 before If-Match (428) is looked at
        Callers.provinceOfficer("31").contentType(ContentType.JSON).body(Map.of("targets", Map.of("ADVANCED", 91)))
                .when().put("/api/v1/provinces/30/targets/2024").then().statusCode(403).contentType("application/problem+json");
        Callers.communeOfficer(HAI_DUONG, "10657").contentType(ContentType.JSON).body(Map.of("targets", Map.of("ADVANCED", 91)))
                .when().put("/api/v1/provinces/30/targets/2024").then().statusCode(403);
        given().when().get("/api/v1/provinces/30/targets/2024").then().statusCode(200)
                .body("updatedBy", equalTo(Callers.subject("PROVINCE_OFFICER", HAI_DUONG, null)));
        given().when().get("/api/v1/provinces/30/targets/2023").then().statusCode(404);
        given().when().get("/api/v1/provinces/30/targets/1990").then().statusCode(400);
        given().queryParam("basis", "CALENDAR").when().get("/api/v1/provinces/30/progress").then().statusCode(400)
                .body("errors[0].field", equalTo("basis"));
        given().when().get("/api/v1/provinces/99/progress").then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> level(JsonPath progress, String level) {
        List<Map<String, Object>> levels = progress.getList("levels");
        return levels.stream().filter(l -> level.equals(l.get("level"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> share(Map<String, Object> level, String name) {
        return (Map<String, Object>) level.get(name);
    }
}
