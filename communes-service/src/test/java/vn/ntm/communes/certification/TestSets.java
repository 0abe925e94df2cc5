package vn.ntm.communes.certification;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ntm.communes.Callers;

/**
 * Complete criteria sets for tests (the shipped 2021–2025 sets lack most thresholds, so nothing can be eligible
 * under them until a province confirms the values). Each call publishes under a fresh code.
 */
public final class TestSets {

    public static final String RRD = "DONG_BANG_SONG_HONG";
    public static final String NMM = "TRUNG_DU_MIEN_NUI_PHIA_BAC";

    private TestSets() {
    }

    public static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> threshold(String scope, Integer from, Integer to, Object value, boolean verified) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("scope", scope);
        t.put("yearFrom", from);
        t.put("yearTo", to);
        t.put("value", value);
        t.put("verified", verified);
        t.put("source", "Bảng thử nghiệm (test)");
        if (!verified) {
            t.put("note", "Provisional value for the test");
        }
        return t;
    }

    static Map<String, Object> passFail(String code, String name) {
        return Map.of("code", code, "nameVi", name, "type", "PASS_FAIL", "source", "test");
    }

    static Map<String, Object> numeric(String code, String name, String op, String unit, List<Map<String, Object>> thresholds) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("code", code);
        i.put("nameVi", name);
        i.put("type", "NUMERIC");
        i.put("operator", op);
        i.put("unit", unit);
        i.put("source", "test");
        i.put("thresholds", thresholds);
        return i;
    }

    static Map<String, Object> criterion(int n, String name, boolean key, List<Map<String, Object>> indicators) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("number", n);
        c.put("nameVi", name);
        c.put("key", key);
        c.put("indicators", indicators);
        return c;
    }

    static List<Map<String, Object>> scopes() {
        return List.of(Map.of("code", RRD, "nameVi", "Đồng bằng sông Hồng"), Map.of("code", NMM, "nameVi", "Trung du và miền núi phía Bắc"));
    }

    /**
     * 19 criteria; income (10) by region and year: Red River Delta 52 (2022–2023) and 60 (2024–2025), Northern
     * midlands 40; health (15) has insurance >= 85% and a pass/fail line; the others one pass/fail line. Every threshold is published as
     * confirmed (with the test's source): since issue 15 a provisional threshold makes a verdict UNDECIDABLE, and these
     * fixtures exist to reach an eligible verdict.
     */
    public static Map<String, Object> national(String level) {
        Set<Integer> keys = level.equals("ADVANCED") ? Set.of(10, 17, 18, 19) : Set.of(10, 17, 19);
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (int n = 1; n <= 19; n++) {
            List<Map<String, Object>> indicators;
            if (n == 10) {
                indicators = List.of(numeric("10.1", "Thu nhập bình quân đầu người", "GTE", "triệu đồng/người/năm", List.of(
                        threshold(RRD, 2022, 2023, 52, true), threshold(RRD, 2024, 2025, 60, true), threshold(NMM, 2022, 2025, 40, true))));
            } else if (n == 15) {
                indicators = List.of(numeric("15.1", "Tỷ lệ người dân tham gia BHYT", "GTE", "%", List.of(threshold(null, null, null, 85, true))),
                        passFail("15.2", "Xã đạt tiêu chí quốc gia về y tế"));
            } else {
                indicators = List.of(passFail(n + ".1", "Chỉ tiêu " + n + ".1"));
            }
            criteria.add(criterion(n, "Tiêu chí " + n, keys.contains(n), indicators));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("level", level);
        doc.put("periodFrom", 2021);
        doc.put("periodTo", 2025);
        doc.put("titleVi", "Bộ tiêu chí thử nghiệm " + level);
        doc.put("legalBasis", "Thử nghiệm");
        doc.put("thresholdDimension", "REGION");
        doc.put("scopes", scopes());
        doc.put("criteria", criteria);
        return doc;
    }

    /** {@link #national}, with the insurance threshold 15.1 (85%) left provisional, as a set published before confirmation. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> nationalWithProvisionalInsurance(String level) {
        Map<String, Object> doc = national(level);
        Map<String, Object> health = ((List<Map<String, Object>>) doc.get("criteria")).get(14);
        Map<String, Object> insurance = ((List<Map<String, Object>>) health.get("indicators")).get(0);
        Map<String, Object> threshold = ((List<Map<String, Object>>) insurance.get("thresholds")).get(0);
        threshold.put("verified", false);
        threshold.put("note", "Provisional value for the test");
        return doc;
    }

    /** The four conditions of QĐ 319, the income condition derived from {@code advancedCode}'s indicator 10.1. */
    public static Map<String, Object> model(String advancedCode) {
        Map<String, Object> recognition = new LinkedHashMap<>(Map.of("code", "M1.1", "nameVi", "Đạt chuẩn NTM nâng cao 2021-2025", "type", "RECOGNITION",
                "source", "test", "requires", Map.of("level", "ADVANCED", "criteriaSetCode", "QD318-ADVANCED-2021-2025")));
        Map<String, Object> income = numeric("M2.1", "Thu nhập cao hơn 10%", "GTE", "triệu đồng/người/năm", null);
        income.remove("thresholds");
        income.put("derivedThreshold", Map.of("criteriaSetCode", advancedCode, "indicatorCode", "10.1", "factor", "MODEL_INCOME"));
        Map<String, Object> field = Map.of("code", "M4.1", "nameVi", "Lĩnh vực nổi trội", "type", "CHOICE", "choices", "OUTSTANDING_FIELDS", "source", "test");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("level", "MODEL");
        doc.put("periodFrom", 2021);
        doc.put("periodTo", 2025);
        doc.put("titleVi", "Điều kiện xã NTM kiểu mẫu (thử nghiệm)");
        doc.put("legalBasis", "Thử nghiệm theo QĐ 319/QĐ-TTg");
        doc.put("thresholdDimension", "REGION");
        doc.put("scopes", scopes());
        doc.put("criteria", List.of(
                criterion(1, "Đạt chuẩn NTM nâng cao", false, List.of(recognition)),
                criterion(2, "Thu nhập", false, List.of(income)),
                criterion(3, "Thôn thông minh", false, List.of(numeric("M3.1", "Số thôn thông minh", "GTE", "thôn", List.of(threshold(null, null, null, 1, true))))),
                criterion(4, "Lĩnh vực nổi trội", false, List.of(field))));
        return doc;
    }

    public static final List<String> GROUPS = List.of("GROUP_1", "GROUP_2", "GROUP_3");

    /**
     * A 2026–2030 set by commune group, shaped like QĐ 51/2025 (10 criteria): income 3.1 at least 90 (group 1), 75
     * (group 2) and 55 (group 3) million đồng, confirmed with the test's source unless {@code incomeVerified} is false
     * (then it stands as a provisional reading); each other criterion one pass/fail line.
     */
    public static Map<String, Object> byCommuneGroup(boolean incomeVerified) {
        List<Map<String, Object>> criteria = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            List<Map<String, Object>> indicators = n == 3
                    ? List.of(numeric("3.1", "Thu nhập bình quân đầu người", "GTE", "triệu đồng/người/năm", List.of(
                            threshold("GROUP_1", 2026, 2030, 90, incomeVerified), threshold("GROUP_2", 2026, 2030, 75, incomeVerified),
                            threshold("GROUP_3", 2026, 2030, 55, incomeVerified))))
                    : List.of(passFail(n + ".1", "Chỉ tiêu " + n + ".1"));
            criteria.add(criterion(n, "Tiêu chí " + n, false, indicators));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("level", "NTM");
        doc.put("periodFrom", 2026);
        doc.put("periodTo", 2030);
        doc.put("titleVi", "Bộ tiêu chí thử nghiệm theo nhóm xã 2026-2030");
        doc.put("legalBasis", "Thử nghiệm theo QĐ 51/2025/QĐ-TTg");
        doc.put("thresholdDimension", "COMMUNE_GROUP");
        doc.put("scopes", GROUPS.stream().map(g -> Map.of("code", g, "nameVi", "Xã nhóm " + g.substring(6))).toList());
        doc.put("criteria", criteria);
        return doc;
    }

    /** Values meeting every line of {@link #byCommuneGroup} but income, which is {@code income}. */
    public static List<Map<String, Object>> byCommuneGroupValues(double income) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            rows.add(n == 3 ? row("3.1", income) : row(n + ".1", true));
        }
        return rows;
    }

    /** Publishes a national set, as the administrator. */
    public static String publish(String code, Map<String, Object> doc) {
        Callers.admin().contentType(ContentType.JSON).body(doc).when().put("/api/v1/criteria-sets/" + code).then().statusCode(201);
        return code;
    }

    /** Values meeting every indicator of {@link #national} in the Red River Delta in 2024. */
    public static List<Map<String, Object>> passingValues() {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 1; n <= 19; n++) {
            if (n == 10) {
                rows.add(row("10.1", 61.5));
            } else if (n == 15) {
                rows.add(row("15.1", 96.4));
                rows.add(row("15.2", true));
            } else {
                rows.add(row(n + ".1", true));
            }
        }
        return rows;
    }

    public static Map<String, Object> row(String code, Object value) {
        return Map.of("indicatorCode", code, "value", value,
                "evidence", List.of(Map.of("documentNumber", "12/BC-UBND", "documentDate", "2024-09-15", "title", "Báo cáo chỉ tiêu " + code)));
    }

    /** The province of the test pool defines the three outstanding fields Hải Dương uses (test fixture). */
    public static void defineOutstandingFields() {
        for (String[] f : new String[][] {{"PRODUCTION", "Sản xuất"}, {"EDUCATION", "Giáo dục"}, {"CULTURE", "Văn hóa"}}) {
            Callers.provinceOfficer(TestCommunes.PROVINCE).contentType(ContentType.JSON)
                    .body(Map.of("nameVi", f[1], "source", "Test fixture (as Hải Dương defines them)"))
                    .when().put("/api/v1/outstanding-fields/" + TestCommunes.PROVINCE + "/" + f[0]).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        }
    }

    /** The commune's own officer, who opens and fills in its assessments. */
    public static RequestSpecification communeOfficer(String communeCode) {
        return Callers.communeOfficer(TestCommunes.provinceOf(communeCode), communeCode);
    }

    /** Opens an assessment, as the commune's officer, and returns its id. */
    public static String openAssessment(String communeCode, String setCode, int year) {
        return communeOfficer(communeCode).contentType(ContentType.JSON)
                .body(Map.of("communeCode", communeCode, "criteriaSetCode", setCode, "year", year))
                .when().post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    /** Imports rows with the assessment's current ETag, as the commune's officer. */
    public static void importValues(String assessmentId, List<Map<String, Object>> rows) {
        var read = given().when().get("/api/v1/assessments/" + assessmentId).then().statusCode(200).extract();
        String etag = read.header("ETag");
        communeOfficer(read.path("communeCode")).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("values", rows))
                .when().post("/api/v1/assessments/" + assessmentId + "/indicators").then().statusCode(200);
    }

    /** Records a recognition decided outside the platform (registry endpoint), e.g. the prerequisite level, as the province. */
    public static void recordRecognition(String communeCode, String level, String setCode, int year, String decisionDate, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("communeCode", communeCode);
        body.put("level", level);
        body.put("criteriaSetCode", setCode);
        body.put("recognitionYear", year);
        body.put("decisionNumber", UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND");
        body.put("decisionDate", decisionDate);
        body.put("signer", "Chủ tịch UBND tỉnh");
        if (field != null) {
            body.put("outstandingField", field);
        }
        Callers.provinceOfficer(TestCommunes.provinceOf(communeCode)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/recognitions").then().statusCode(201);
    }
}
