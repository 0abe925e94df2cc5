package vn.ntm.communes.certification;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import vn.ntm.communes.Callers;
import vn.ntm.communes.certification.TestCommunes.Commune;

/** What the 2026–2030 tests do as officials of a commune of the 2025 map: place its group, assess it, read the verdict. */
public final class Programme2026 {

    private Programme2026() {
    }

    public static RequestSpecification province(Commune c) {
        return Callers.provinceOfficer(c.provinceCode());
    }

    public static RequestSpecification commune(Commune c) {
        return Callers.communeOfficer(c.provinceCode(), c.code());
    }

    /** A placement body with a basis that fits the group. */
    public static Map<String, Object> placement(String group, String validFrom) {
        String basis = switch (group) {
            case "GROUP_1" -> "AGRICULTURE_SHARE";
            case "GROUP_3" -> "ETHNIC_MOUNTAIN_ZONE";
            default -> "NONE_OF_THE_ABOVE";
        };
        return Map.of("group", group, "validFrom", validFrom, "basis", basis,
                "basisDocument", "Quyết định phân định (thử nghiệm) " + group, "basisDate", "2026-01-20", "source", "UBND tỉnh (thử nghiệm)");
    }

    public static void placeGroup(Commune c, String group, String validFrom) {
        province(c).contentType(ContentType.JSON).body(placement(group, validFrom))
                .when().post("/api/v1/communes/" + c.code() + "/groups").then().statusCode(201);
    }

    /** Records an NTM recognition decided outside the platform (the registry endpoint), as the province's officer. */
    public static void recordNtm(Commune c, String setCode, int year, String decisionDate) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("communeCode", c.code());
        body.put("level", "NTM");
        body.put("criteriaSetCode", setCode);
        body.put("recognitionYear", year);
        body.put("decisionNumber", java.util.UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND");
        body.put("decisionDate", decisionDate);
        body.put("signer", "Chủ tịch UBND tỉnh");
        province(c).contentType(ContentType.JSON).body(body).when().post("/api/v1/recognitions").then().statusCode(201);
    }

    /** A commune placed in {@code group} from 2026-02-15, assessed against {@code setCode} on 2026-11-30 with every line met but income. */
    public static String assessed(String setCode, Commune c, String group, double income) {
        placeGroup(c, group, "2026-02-15");
        String id = openAssessment(c, setCode, 2026, "2026-11-30");
        importValues(c, id, TestSets.byCommuneGroupValues(income));
        return id;
    }

    /** Opens an assessment dated {@code assessmentDate}, as the commune's officer. */
    public static String openAssessment(Commune c, String setCode, int year, String assessmentDate) {
        return commune(c).contentType(ContentType.JSON)
                .body(Map.of("communeCode", c.code(), "criteriaSetCode", setCode, "year", year, "assessmentDate", assessmentDate))
                .when().post("/api/v1/assessments").then().statusCode(201).extract().path("id");
    }

    public static void importValues(Commune c, String assessmentId, List<Map<String, Object>> rows) {
        String etag = given().when().get("/api/v1/assessments/" + assessmentId).then().statusCode(200).extract().header("ETag");
        commune(c).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("values", rows))
                .when().post("/api/v1/assessments/" + assessmentId + "/indicators").then().statusCode(200);
    }

    public static ValidatableResponse evaluation(String assessmentId) {
        return given().when().get("/api/v1/assessments/" + assessmentId + "/evaluation").then().statusCode(200);
    }

    public static ValidatableResponse simulation(String assessmentId, int version) {
        return given().queryParam("criteriaSetVersion", version).when().get("/api/v1/assessments/" + assessmentId + "/simulation").then();
    }
}
