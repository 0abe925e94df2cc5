package vn.ntm.gateway.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.gateway.e2e.HaiDuong.Commune;
import vn.ntm.gateway.e2e.Http.Reply;

/**
 * Criteria sets and assessments through the gateway. The shipped 2021–2025 advanced set has no numeric thresholds
 * (the QĐ 318 appendix was not available), so nothing could be eligible under it: the province publishes an overlay
 * with its four numeric thresholds, as communes-service's README prescribes, and the model set derives its income
 * threshold from it (× 1.10).
 */
final class Criteria {

    static final String OVERLAY = "HD-QD318-ADVANCED-2021-2025";
    static final String REGION = "DONG_BANG_SONG_HONG";
    /** Income thresholds of the overlay (million VND per person and year), by year. */
    static final int INCOME_TO_2023 = 58;
    static final int INCOME_FROM_2024 = 66;

    private final Http http;

    Criteria(Http http) {
        this.http = http;
    }

    JsonNode set(String code) {
        return http.get("/api/v1/criteria-sets/" + code, null).expect(200).json();
    }

    /** Publishes the Hải Dương overlay of the national advanced set (version 1). */
    Reply publishHaiDuongOverlay(String adminToken) {
        String source = "Kịch bản kiểm thử đầu cuối (e2e) của nền tảng NTM";
        String note = "Scenario value standing for the province's confirmed threshold (the QĐ 318/QĐ-TTg appendix table was not available).";
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("baseCode", HaiDuong.ADVANCED_SET);
        doc.put("provinceCode", HaiDuong.PROVINCE);
        doc.put("titleVi", "Ngưỡng chỉ tiêu xã NTM nâng cao tỉnh Hải Dương giai đoạn 2021 - 2025");
        doc.put("legalBasis",
                "Áp dụng QĐ 318/QĐ-TTg ngày 08/03/2022 tại tỉnh Hải Dương (vùng Đồng bằng sông Hồng); giá trị của kịch bản kiểm thử");
        doc.put("note", note);
        doc.put("overrides", List.of(
                override("A10.2", threshold(2021, 2023, INCOME_TO_2023, source, note), threshold(2024, 2025, INCOME_FROM_2024, source, note)),
                override("A11.2", threshold(2021, 2025, 1.5, source, note)),
                override("A14.2", threshold(2021, 2025, 95, source, note)),
                override("A18.2", threshold(2021, 2025, 80, source, note))));
        return http.put("/api/v1/criteria-sets/" + OVERLAY, adminToken, doc);
    }

    /** Opens an assessment of the commune against a national set (the province's overlay applies by itself). */
    Reply openAssessment(String token, Commune commune, String set, int year, LocalDate unitAsOf) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("communeCode", commune.code());
        body.put("criteriaSetCode", set);
        body.put("year", year);
        body.put("unitAsOf", unitAsOf.toString());
        return http.post("/api/v1/assessments", token, body);
    }

    Reply importValues(String token, String assessmentId, String etag, List<Map<String, Object>> rows) {
        return http.post("/api/v1/assessments/" + assessmentId + "/indicators", token, Map.of("values", rows), etag);
    }

    JsonNode evaluation(String assessmentId, LocalDate asOf) {
        return http.get("/api/v1/assessments/" + assessmentId + "/evaluation" + Http.query("asOf", asOf), null).expect(200).json();
    }

    /** What a commune reports for the advanced set: every pass/fail line met, the four numbers above the thresholds. */
    static List<Map<String, Object>> advancedValues(Commune commune, LocalDate reportDate, double income) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int n = 1; n <= 19; n++) {
            rows.add(row("A" + n + ".1", true, commune, reportDate));
        }
        rows.add(row("A10.2", income, commune, reportDate));
        rows.add(row("A11.2", 0.8, commune, reportDate));
        rows.add(row("A14.2", 96.4, commune, reportDate));
        rows.add(row("A18.2", 92.5, commune, reportDate));
        return rows;
    }

    /** The model conditions of QĐ 319 a commune reports (condition 1, the advanced recognition, is read from the registry). */
    static List<Map<String, Object>> modelValues(Commune commune, LocalDate reportDate, double income, int smartVillages, String field) {
        return List.of(row("M2.1", income, commune, reportDate), row("M3.1", smartVillages, commune, reportDate),
                row("M4.1", field, commune, reportDate));
    }

    private static Map<String, Object> row(String indicator, Object value, Commune commune, LocalDate reportDate) {
        return Map.of("indicatorCode", indicator, "value", value, "evidence", List.of(Map.of(
                "documentNumber", "38/BC-UBND", "documentDate", reportDate.toString(),
                "title", "Báo cáo kết quả thực hiện bộ tiêu chí của UBND " + commune.name())));
    }

    @SafeVarargs
    private static Map<String, Object> override(String indicator, Map<String, Object>... thresholds) {
        return Map.of("indicatorCode", indicator, "thresholds", List.of(thresholds));
    }

    private static Map<String, Object> threshold(int from, int to, Number value, String source, String note) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("scope", REGION);
        t.put("yearFrom", from);
        t.put("yearTo", to);
        t.put("value", value);
        // published as the province confirms it: since issue 15 a provisional threshold makes a verdict UNDECIDABLE, and
        // the scenario walks dossiers that need an eligible evaluation
        t.put("verified", true);
        t.put("source", source);
        t.put("note", note);
        return t;
    }
}
