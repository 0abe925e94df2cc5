package vn.ntm.communes.targets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.communes.Callers;

/**
 * Hải Dương's recognitions before the merger (domain reference E.1), recorded once for the whole test run: the progress
 * test counts them, and the merged-communes test reads them as the predecessors' history (Xã Hiệp Cát 10618, Quốc Tuấn
 * 10621 and Trần Phú 10633 are the 9th, 10th and 12th rural communes: advanced in 2021, model in 2023). Only the first
 * 94 rural communes by code get recognitions here; other tests use the rest.
 */
public final class HaiDuongRecognitions {

    /** Hải Dương's province officer records its recognitions and sets its targets. */
    static final String HAI_DUONG = "30";
    private static final String[] FIELDS = {"CULTURE", "EDUCATION", "PRODUCTION"};

    private static boolean recorded;

    private HaiDuongRecognitions() {
    }

    /** Records them on first call; the database is shared by every test class of the run. */
    public static synchronized void recordOnce() {
        if (recorded) {
            return;
        }
        recorded = true;
        List<String> xa = given().queryParam("province", "30").queryParam("type", "XA").queryParam("size", 200)
                .when().get("/api/v1/communes").then().statusCode(200).extract().path("items.code");
        assertThat(xa).hasSize(151);
        // January 2025 base: 65 advanced (2021–2023 cohorts), 19 of them model (2023 cohort), all decided in 2021–2024
        for (int i = 0; i < 65; i++) {
            int year = i < 43 ? 2021 : (i < 64 ? 2022 : 2023);
            String date = i < 43 ? "2021-12-28" : (i < 64 ? "2022-12-29" : "2024-12-30");
            recognise(xa.get(i), "ADVANCED", "QD318-ADVANCED-2021-2025", year, "NC-" + year + "/QĐ-UBND", date, null);
        }
        for (int i = 0; i < 19; i++) {
            recognise(xa.get(i), "MODEL", "QD319-MODEL-2021-2025", 2023, "KM-2023/QĐ-UBND", "2023-12-29", FIELDS[i % 3]);
        }
        // The "2024" cohort, signed on 29 April 2025: 10 advanced, 13 model chosen among the advanced
        for (int i = 65; i < 75; i++) {
            recognise(xa.get(i), "ADVANCED", "QD318-ADVANCED-2021-2025", 2024, "1143/QĐ-UBND", "2025-04-29", null);
        }
        for (int i = 19; i < 32; i++) {
            recognise(xa.get(i), "MODEL", "QD319-MODEL-2021-2025", 2024, "1144/QĐ-UBND", "2025-04-29", FIELDS[i % 3]);
        }
        // The rest of the 2025 plan, before the merge: 19 advanced and 3 model
        for (int i = 75; i < 94; i++) {
            recognise(xa.get(i), "ADVANCED", "QD318-ADVANCED-2021-2025", 2025, "1688/QĐ-UBND", "2025-06-20", null);
        }
        for (int i = 32; i < 35; i++) {
            recognise(xa.get(i), "MODEL", "QD319-MODEL-2021-2025", 2025, "1689/QĐ-UBND", "2025-06-20", FIELDS[i % 3]);
        }
        // Kế hoạch 4647/KH-UBND: 94 advanced and 35 model communes in 2025
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON)
                .body(Map.of("targets", Map.of("ADVANCED", 94, "MODEL", 35), "source", "Kế hoạch 4647/KH-UBND"))
                .when().put("/api/v1/provinces/30/targets/2025")
                .then().statusCode(201).header("ETag", equalTo("\"0\"")).body("province.name", equalTo("Tỉnh Hải Dương"))
                .body("targets.ADVANCED", equalTo(94));
    }

    private static void recognise(String code, String level, String set, int year, String number, String date, String field) {
        Map<String, Object> body = new HashMap<>(Map.of("communeCode", code, "level", level, "criteriaSetCode", set,
                "recognitionYear", year, "decisionNumber", number, "decisionDate", date, "signer", "Chủ tịch UBND tỉnh Hải Dương"));
        if (field != null) {
            body.put("outstandingField", field);
        }
        Callers.provinceOfficer(HAI_DUONG).contentType(ContentType.JSON).body(body).when().post("/api/v1/recognitions").then().statusCode(201);
    }

}
