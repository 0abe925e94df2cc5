package vn.ntm.campaign.testing;

import static io.restassured.RestAssured.given;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.Callers.surveyorOf;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds surveys and forms through the public API, as a client would, with the token of the Front surveyor of the commune. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Map<String, Object> village(String code, String name, int households) {
        return Map.of("code", code, "name", name, "householdsInScope", households);
    }

    public static Map<String, Object> question(String code, String text) {
        return Map.of("code", code, "text", text);
    }

    public static Map<String, Object> overallQuestion(String code, String text) {
        return Map.of("code", code, "text", text, "overall", true);
    }

    /** The legal basis and notice every fixture survey carries (Law 91/2025: a survey opens only with both). */
    public static final String LEGAL_BASIS = "Khoản 3 Điều 4 Quyết định 18/2022/QĐ-TTg; Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15";
    public static final String NOTICE = "Ban Thường trực Ủy ban MTTQ Việt Nam xã lấy ý kiến của hộ gia đình về sự hài lòng với kết quả xây dựng "
            + "nông thôn mới. Câu trả lời chỉ dùng cho mục đích này; kết quả chỉ công bố tổng hợp.";

    public static Map<String, Object> survey(String communeCode, String purpose, String level, int year,
                                             List<Map<String, Object>> villages, List<Map<String, Object>> questions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("communeCode", communeCode);
        body.put("purpose", purpose);
        if (level != null) {
            body.put("level", level);
        }
        body.put("year", year);
        body.put("title", "Lấy ý kiến sự hài lòng của người dân về kết quả xây dựng nông thôn mới năm " + year);
        body.put("organiser", "Ban Thường trực Ủy ban MTTQ Việt Nam xã");
        body.put("legalBasis", LEGAL_BASIS);
        body.put("notice", NOTICE);
        body.put("villages", villages);
        body.put("questions", questions);
        return body;
    }

    /** Three questions, the last one the overall question; two villages of 10 households. */
    public static Map<String, Object> standardSurvey(String communeCode, int year) {
        return survey(communeCode, "RECOGNITION", "ADVANCED", year,
                List.of(village("THON-DONG", "Thôn Đông", 10), village("THON-DOAI", "Thôn Đoài", 10)),
                List.of(question("Q1", "Ông/bà có được thông tin về quy hoạch xây dựng nông thôn mới của xã không?"),
                        question("Q2", "Đường giao thông trên địa bàn xã có được cứng hóa, xanh, sạch, đẹp không?"),
                        overallQuestion("Q9", "Nhìn chung, ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?")));
    }

    /** Created by the Front surveyor of the survey's commune. */
    public static String create(Map<String, Object> survey) {
        return as(surveyor((String) survey.get("communeCode"))).contentType(ContentType.JSON).body(survey).post("/api/v1/surveys")
                .then().statusCode(201).extract().path("id");
    }

    public static String etag(String surveyId) {
        return given().get("/api/v1/surveys/" + surveyId).then().statusCode(200).extract().header("ETag");
    }

    public static String createOpen(Map<String, Object> survey) {
        String id = create(survey);
        as(surveyor((String) survey.get("communeCode"))).header("If-Match", etag(id)).post("/api/v1/surveys/" + id + "/open")
                .then().statusCode(200);
        return id;
    }

    public static Response close(String surveyId) {
        return as(surveyorOf(surveyId)).header("If-Match", etag(surveyId)).post("/api/v1/surveys/" + surveyId + "/close");
    }

    /**
     * A form. Answers are "Q1:S" (satisfied), "Q2:N" (not satisfied) or "Q2:N:reason".
     */
    public static Map<String, Object> form(UUID responseId, String village, String household, String... answers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("responseId", responseId.toString());
        if (village != null) {
            body.put("villageCode", village);
        }
        body.put("householdId", household);
        body.put("answers", answers(answers));
        return body;
    }

    public static List<Map<String, Object>> answers(String... answers) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String a : answers) {
            String[] parts = a.split(":", 3);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("questionCode", parts[0]);
            answer.put("answer", parts[1].equals("S") ? "SATISFIED" : "NOT_SATISFIED");
            if (parts.length == 3) {
                answer.put("reason", parts[2]);
            }
            list.add(answer);
        }
        return list;
    }

    /** Entered by the Front surveyor of the survey's commune. */
    public static Response submit(String surveyId, Map<String, Object> form) {
        return as(surveyorOf(surveyId)).contentType(ContentType.JSON).body(form).post("/api/v1/surveys/" + surveyId + "/responses");
    }
}
