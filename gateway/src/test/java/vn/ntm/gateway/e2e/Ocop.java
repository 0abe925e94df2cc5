package vn.ntm.gateway.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.gateway.e2e.HaiDuong.Commune;
import vn.ntm.gateway.e2e.Http.Reply;

/**
 * OCOP through the gateway: a subject registers its product, a council rates it (each member files their own score
 * sheet under their own token), the province decides and the certificate is issued.
 */
final class Ocop {

    /** The rule version in force for every evaluation of the scenario (24/02/2023 – 05/07/2025). */
    static final String RULES = "QD_148_2023";

    private final Http http;

    Ocop(Http http) {
        this.http = http;
    }

    /** A product to rate: who makes it, where, and the members' totals out of 100. */
    record Entry(String product, String group, String subgroup, String subject, Commune commune, String councilLevel,
                 LocalDate evaluationDate, LocalDate decisionDate, String decisionNumber, List<String> totals) {
    }

    /** What the rating gave: the product and its certificate. */
    record Rated(Entry entry, String productId, String evaluationId, JsonNode result) {
        int stars() {
            return result.get("awardedStars").asInt();
        }
    }

    String registerSubject(String token, String name, Commune commune, LocalDate asOf, String registrationNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("type", "COOPERATIVE");
        body.put("communeCode", commune.code());
        body.put("communeAsOf", asOf.toString());
        body.put("registrationNumber", registrationNumber);
        body.put("contact", Map.of("representative", "Nguyễn Văn An", "phone", "0220 3852 000",
                "address", commune.name() + ", " + commune.district() + ", tỉnh Hải Dương"));
        return http.post("/api/v1/ocop/subjects", token, body).expect(201).json().get("id").asText();
    }

    String registerProduct(String token, Entry entry, String subjectId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", entry.product());
        body.put("group", entry.group());
        body.put("subgroupCode", entry.subgroup());
        body.put("subjectId", subjectId);
        body.put("description", entry.product() + " của " + entry.subject());
        body.put("rawMaterialArea", Map.of("description", "Vùng nguyên liệu tại " + entry.commune().name(), "areaHectares", 42.5));
        return http.post("/api/v1/ocop/products", token, body).expect(201).json().get("id").asText();
    }

    JsonNode rules(String code) {
        return http.get("/api/v1/ocop/rule-versions/" + code, null).expect(200).json();
    }

    /** The council's finding on every mandatory criterion of the rules up to 4 stars (met), 5 stars not claimed. */
    static List<Map<String, Object>> mandatoryAnswers(JsonNode rules) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (JsonNode c : rules.get("mandatoryCriteria")) {
            boolean met = c.get("stars").asInt() <= 4;
            answers.add(Map.of("code", c.get("code").asText(), "met", met,
                    "note", met ? "Hồ sơ đạt yêu cầu" : "Chưa đề nghị xét 5 sao"));
        }
        return answers;
    }

    String openEvaluation(String token, Entry entry, String productId, List<Map<String, Object>> mandatory) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", productId);
        body.put("councilLevel", entry.councilLevel());
        body.put("councilName", entry.councilLevel().equals("PROVINCE")
                ? "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hải Dương"
                : "Hội đồng đánh giá, phân hạng sản phẩm OCOP " + entry.commune().district());
        body.put("evaluationDate", entry.evaluationDate().toString());
        body.put("mandatoryCriteria", mandatory);
        Reply reply = http.post("/api/v1/ocop/evaluations", token, body).expect(201);
        return reply.json().get("id").asText();
    }

    /** A member files their own sheet: parts A (≤ 40), B (≤ 25), C (≤ 35) adding up to {@code total}. */
    Reply fileScoreSheet(String memberToken, String evaluationId, String total) {
        BigDecimal t = new BigDecimal(total);
        BigDecimal a = t.multiply(new BigDecimal("0.40")).setScale(2, RoundingMode.DOWN);
        BigDecimal b = t.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.DOWN);
        BigDecimal c = t.subtract(a).subtract(b);
        Map<String, Object> sheet = Map.of(
                "partA", part(a, "A1", "Tổ chức sản xuất", "A2", "Phát triển sản phẩm và sức mạnh cộng đồng"),
                "partB", part(b, "B1", "Tiếp thị", "B2", "Quảng bá sản phẩm"),
                "partC", part(c, "C1", "Chất lượng cảm quan và dinh dưỡng", "C2", "An toàn thực phẩm"));
        return http.put("/api/v1/ocop/evaluations/" + evaluationId + "/score-sheets/mine", memberToken, sheet);
    }

    /** An evaluation with its sheets and provisional result (officials and council members of the province). */
    Reply evaluation(String token, String evaluationId) {
        return http.get("/api/v1/ocop/evaluations/" + evaluationId, token);
    }

    Reply decide(String token, Entry entry, String evaluationId, String etag) {
        Map<String, Object> body = Map.of("decisionNumber", entry.decisionNumber(), "decisionDate", entry.decisionDate().toString(),
                "issuingBody", entry.councilLevel().equals("PROVINCE") ? "Ủy ban nhân dân tỉnh Hải Dương"
                        : "Ủy ban nhân dân " + entry.commune().district());
        return http.post("/api/v1/ocop/evaluations/" + evaluationId + "/decision", token, body, etag);
    }

    JsonNode communeSummary(String code, LocalDate asOf) {
        return http.get("/api/v1/ocop/communes/" + code + "/summary" + Http.query("asOf", asOf), null).expect(200).json();
    }

    JsonNode certificate(String number) {
        return http.get("/api/v1/ocop/certificates/" + number, null).expect(200).json();
    }

    JsonNode statistics(String province, LocalDate asOf) {
        return http.get("/api/v1/ocop/statistics" + Http.query("province", province, "asOf", asOf), null).expect(200).json();
    }

    private static Map<String, Object> part(BigDecimal score, String code1, String label1, String code2, String label2) {
        BigDecimal first = score.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
        return Map.of("items", List.of(Map.of("code", code1, "label", label1, "score", first),
                Map.of("code", code2, "label", label2, "score", score.subtract(first))));
    }
}
