package vn.ntm.communes.certification;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.ntm.common.security.Roles;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;

/** The sector departments of the tests: officers scoped to a province and sectors, and the sign-off every council vote now needs. */
public final class SignOffs {

    private SignOffs() {
    }

    public static String subject(String province, String... sectors) {
        return "test.sector_officer." + province + "." + String.join("+", sectors).toLowerCase();
    }

    public static String token(String province, String... sectors) {
        return TestTokens.tokenFor(subject(province, sectors), Roles.SECTOR_OFFICER, Map.of("province", province, "sectors", String.join(",", sectors)));
    }

    public static RequestSpecification sectorOfficer(String province, String... sectors) {
        return given().header("Authorization", TestTokens.bearer(token(province, sectors)));
    }

    /** The QĐ 318 departments of the 19 criteria, as the shipped NTM set names them. */
    static final String[] SECTORS_318 = {null, "CONSTRUCTION", "TRANSPORT", "AGRICULTURE", "INDUSTRY_TRADE", "EDUCATION", "CULTURE", "INDUSTRY_TRADE",
        "INFORMATION", "CONSTRUCTION", "STATISTICS", "LABOUR", "LABOUR", "AGRICULTURE", "EDUCATION", "HEALTH", "CULTURE", "ENVIRONMENT", "HOME_AFFAIRS",
        "POLICE"};

    /** {@link TestSets#national} with each criterion's responsible sector as in QĐ 318's shipped set. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> nationalWithSectors(String level) {
        Map<String, Object> doc = TestSets.national(level);
        for (Map<String, Object> c : (List<Map<String, Object>>) doc.get("criteria")) {
            int n = (Integer) c.get("number");
            c.put("responsibleSector", Map.of("sector", SECTORS_318[n], "source", "test: as the shipped QĐ 318 set", "confidence", "I"));
        }
        return doc;
    }

    public static ValidatableResponse sheet(String dossierId) {
        return Callers.admin().when().get("/api/v1/dossiers/" + dossierId + "/criteria-sign-off").then().statusCode(200);
    }

    public static ValidatableResponse act(RequestSpecification who, String dossierId, Map<String, Object> body) {
        String etag = sheet(dossierId).extract().header("ETag");
        return who.contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().post("/api/v1/dossiers/" + dossierId + "/criteria-sign-off").then();
    }

    /**
     * Every department approves every criterion it has not approved yet: what a dossier needs before the council votes
     * (SECTOR_SIGN_OFF). The one helper the tests that walk a dossier to the council call.
     */
    public static void approveAll(String dossierId) {
        var sheet = sheet(dossierId).extract();
        String province = sheet.path("provinceCode");
        List<Map<String, Object>> criteria = sheet.path("criteria");
        List<Integer> numbers = new ArrayList<>();
        TreeSet<String> sectors = new TreeSet<>();
        for (Map<String, Object> c : criteria) {
            if (!"APPROVED".equals(c.get("status"))) {
                numbers.add((Integer) c.get("criterionNumber"));
                @SuppressWarnings("unchecked")
                Map<String, Object> sector = (Map<String, Object>) c.get("sector");
                sectors.add((String) sector.get("code"));
            }
        }
        if (numbers.isEmpty()) {
            return;
        }
        act(sectorOfficer(province, sectors.toArray(String[]::new)), dossierId, Map.of("act", "APPROVE", "criteria", numbers,
                "note", "Các sở, ngành đã xác nhận tiêu chí thuộc lĩnh vực phụ trách (thử nghiệm)")).statusCode(200);
    }
}
