package vn.ntm.gateway.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ntm.gateway.e2e.HaiDuong.Commune;
import vn.ntm.gateway.e2e.Http.Reply;

/**
 * The Fatherland Front's household satisfaction surveys (QĐ 18/2022, Art. 4, condition 3) through the gateway: the
 * commune Front committee creates and opens the survey, villages bring their paper forms in batches, a few
 * households answer on the mobile app (one retried), and closing freezes the result communes-service reads.
 */
final class Surveys {

    static final String OVERALL = "Q9";
    private static final String[][] QUESTIONS = {
            {"Q1", "Ông/bà có được thông tin, tham gia ý kiến về xây dựng nông thôn mới của xã không?"},
            {"Q2", "Ông/bà có hài lòng với hạ tầng giao thông, thủy lợi, điện, trường học, trạm y tế của xã không?"},
            {"Q3", "Ông/bà có hài lòng với môi trường, cảnh quan và an ninh trật tự trên địa bàn không?"},
            {OVERALL, "Nhìn chung, ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?"}};
    private static final String[][] VILLAGES = {{"THON-DONG", "Thôn Đông"}, {"THON-DOAI", "Thôn Đoài"}, {"THON-TRUNG", "Thôn Trung"}};
    /** Households answering on the mobile app in each survey; the others fill in paper forms. */
    private static final int APP_FORMS = 2;

    private final Http http;
    private final Tokens tokens;

    Surveys(Http http, Tokens tokens) {
        this.http = http;
        this.tokens = tokens;
    }

    /** How a commune's households answer: the share of households returning a form, and of forms satisfied overall. */
    record Turnout(double returned, double satisfied) {
    }

    /** A closed survey: its id, what was sent and the frozen result. */
    record Closed(String surveyId, Commune commune, int households, int forms, int satisfied, JsonNode result) {
    }

    /** Runs a whole recognition survey of the commune, from creation to its frozen result. */
    Closed run(Commune commune, String level, int year, LocalDate startDate, Turnout turnout) {
        String front = tokens.frontSurveyor(commune.code());
        List<Map<String, Object>> villages = new ArrayList<>();
        int[] sizes = new int[VILLAGES.length];
        for (int v = 0; v < VILLAGES.length; v++) {
            // village sizes vary with the commune so that no two surveys look alike
            sizes[v] = 40 + (Integer.parseInt(commune.code()) * (v + 3)) % 25;
            villages.add(Map.of("code", VILLAGES[v][0], "name", VILLAGES[v][1], "householdsInScope", sizes[v]));
        }
        List<Map<String, Object>> questions = new ArrayList<>();
        for (String[] q : QUESTIONS) {
            questions.add(q[0].equals(OVERALL) ? Map.of("code", q[0], "text", q[1], "overall", true) : Map.of("code", q[0], "text", q[1]));
        }
        Map<String, Object> survey = new LinkedHashMap<>();
        survey.put("communeCode", commune.code());
        survey.put("purpose", "RECOGNITION");
        survey.put("level", level);
        survey.put("year", year);
        survey.put("startDate", startDate.toString());
        survey.put("title", "Lấy ý kiến sự hài lòng của người dân đối với kết quả xây dựng " + Dossiers.levelName(level) + " năm " + year);
        survey.put("organiser", "Ban Thường trực Ủy ban MTTQ Việt Nam " + commune.name());
        // Law 91/2025: a survey opens only with the legal basis and the notice shown to respondents
        survey.put("legalBasis", "Khoản 3 Điều 4 Quyết định 18/2022/QĐ-TTg; Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15");
        survey.put("notice", "Ban Thường trực Ủy ban MTTQ Việt Nam " + commune.name() + " lấy ý kiến của hộ gia đình về sự hài lòng với kết quả "
                + "xây dựng nông thôn mới. Câu trả lời chỉ dùng cho mục đích này; kết quả chỉ công bố tổng hợp.");
        survey.put("villages", villages);
        survey.put("questions", questions);
        Reply created = http.post("/api/v1/surveys", front, survey).expect(201);
        String id = created.json().get("id").asText();
        int questionnaireVersion = created.json().at("/questionnaire/version").asInt();
        http.post("/api/v1/surveys/" + id + "/open", front, null, created.etag()).expect(200);

        int households = 0;
        int forms = 0;
        int satisfied = 0;
        for (int v = 0; v < VILLAGES.length; v++) {
            households += sizes[v];
            int returned = (int) Math.ceil(sizes[v] * turnout.returned());
            int unsatisfied = returned - (int) Math.round(returned * turnout.satisfied());
            List<Map<String, Object>> paper = new ArrayList<>();
            for (int h = 1; h <= returned; h++) {
                String household = "HD-" + commune.code() + "-" + VILLAGES[v][0] + "-" + String.format("%04d", h);
                boolean happy = h > unsatisfied;
                Map<String, Object> form = new LinkedHashMap<>();
                form.put("responseId", UUID.nameUUIDFromBytes((id + household).getBytes()).toString());
                form.put("householdId", household);
                form.put("answers", answers(happy, h));
                form.put("collectedAt", startDate.plusDays(3 + v).atTime(8, 30).toInstant(ZoneOffset.ofHours(7)).toString());
                if (v == 0 && h <= APP_FORMS) {
                    answerOnTheApp(id, commune, household, form, questionnaireVersion);
                } else {
                    paper.add(form);
                }
                satisfied += happy ? 1 : 0;
            }
            forms += returned;
            Reply batch = http.post("/api/v1/surveys/" + id + "/responses/batch", front,
                    Map.of("villageCode", VILLAGES[v][0], "responses", paper, "questionnaireVersion", questionnaireVersion)).expect(201);
            if (batch.json().get("created").asInt() != paper.size()) {
                throw new AssertionError("batch of " + VILLAGES[v][1] + ", " + commune + ": " + batch.text());
            }
        }
        String etag = http.get("/api/v1/surveys/" + id, front).expect(200).etag();
        JsonNode result = http.post("/api/v1/surveys/" + id + "/close", front, null, etag).expect(200).json();
        return new Closed(id, commune, households, forms, satisfied, result);
    }

    /** The commune's latest closed result for that purpose, as communes-service reads it. */
    Reply satisfaction(Commune commune, String level, int year) {
        return http.get("/api/v1/communes/" + commune.code() + "/satisfaction" + Http.query("level", level, "year", year), null);
    }

    JsonNode survey(String surveyId) {
        return http.get("/api/v1/surveys/" + surveyId, null).expect(200).json();
    }

    JsonNode results(String surveyId) {
        return http.get("/api/v1/surveys/" + surveyId + "/results", null).expect(200).json();
    }

    JsonNode statistics(String province, int year) {
        return http.get("/api/v1/surveys/statistics" + Http.query("province", province, "year", year), null).expect(200).json();
    }

    /** One household answers on the phone; the app, unsure the form arrived, sends it again: one record, same answer. */
    private void answerOnTheApp(String surveyId, Commune commune, String household, Map<String, Object> form, int questionnaireVersion) {
        String citizen = tokens.citizen(commune.code(), household);
        Map<String, Object> request = new LinkedHashMap<>(form);
        request.put("villageCode", VILLAGES[0][0]);
        request.put("questionnaireVersion", questionnaireVersion);
        Reply first = http.post("/api/v1/surveys/" + surveyId + "/responses", citizen, request).expect(201);
        Reply retry = http.post("/api/v1/surveys/" + surveyId + "/responses", citizen, request).expect(200);
        if (!first.json().get("responseId").equals(retry.json().get("responseId"))) {
            throw new AssertionError("a retried form was recorded twice: " + first.text() + " / " + retry.text());
        }
    }

    private static List<Map<String, Object>> answers(boolean satisfiedOverall, int household) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String[] q : QUESTIONS) {
            boolean satisfied = q[0].equals(OVERALL) ? satisfiedOverall : satisfiedOverall || household % 2 == 0;
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("questionCode", q[0]);
            a.put("answer", satisfied ? "SATISFIED" : "NOT_SATISFIED");
            if (!satisfied) {
                a.put("reason", q[0].equals("Q2") ? "Đường liên thôn xuống cấp, chưa có rãnh thoát nước" : "Chưa được lấy ý kiến đầy đủ");
            }
            answers.add(a);
        }
        return answers;
    }
}
