package vn.ntm.gateway.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.gateway.e2e.HaiDuong.Commune;
import vn.ntm.gateway.e2e.Http.Reply;

/**
 * Certification dossiers (QĐ 18/2022/QĐ-TTg) through the gateway: opened on an eligible assessment, then one
 * transition per step with the dossier's current {@code ETag} in {@code If-Match}.
 */
final class Dossiers {

    private final Http http;

    Dossiers(Http http) {
        this.http = http;
    }

    /** A dossier as its official sees it: its id and the version (ETag) the last answer gave. */
    final class Dossier {
        final String id;
        final Commune commune;
        final String level;
        private String etag;

        private Dossier(String id, Commune commune, String level, String etag) {
            this.id = id;
            this.commune = commune;
            this.level = level;
            this.etag = etag;
        }

        String etag() {
            return etag;
        }

        /** Records a step with the version last seen; a successful answer carries the next version. */
        Reply step(String token, Map<String, Object> transition) {
            return step(token, transition, etag);
        }

        /** Records a step with the given version, e.g. one read before another official moved the dossier on. */
        Reply step(String token, Map<String, Object> transition, String ifMatch) {
            Reply reply = http.post("/api/v1/dossiers/" + id + "/transitions", token, transition, ifMatch);
            if (reply.status() == 200) {
                etag = reply.etag();
            }
            return reply;
        }

        /** Reads the dossier (officials only) and remembers its version. */
        JsonNode read(String token) {
            Reply reply = http.get("/api/v1/dossiers/" + id, token).expect(200);
            etag = reply.etag();
            return reply.json();
        }

        /**
         * Each sector department approves the criteria it answers for (the council vote's SECTOR_SIGN_OFF condition): one
         * act per department, as its own officer, each with the sheet's version the previous act returned.
         */
        void signOffEveryCriterion(String readerToken, java.util.function.Function<String, String> sectorOfficer) {
            Reply sheet = http.get("/api/v1/dossiers/" + id + "/criteria-sign-off", readerToken).expect(200);
            Map<String, List<Integer>> bySector = new java.util.TreeMap<>();
            for (JsonNode c : sheet.json().get("criteria")) {
                if (!"APPROVED".equals(c.get("status").asText())) {
                    bySector.computeIfAbsent(c.at("/sector/code").asText(), k -> new java.util.ArrayList<>()).add(c.get("criterionNumber").asInt());
                }
            }
            String version = sheet.etag();
            for (Map.Entry<String, List<Integer>> e : bySector.entrySet()) {
                version = http.post("/api/v1/dossiers/" + id + "/criteria-sign-off", sectorOfficer.apply(e.getKey()),
                        Map.of("act", "APPROVE", "criteria", e.getValue(), "note", "Sở, ngành xác nhận các tiêu chí thuộc lĩnh vực phụ trách của " + commune.name()),
                        version).expect(200).etag();
            }
        }

        Reply audit(String token) {
            return http.get("/api/v1/dossiers/" + id + "/audit" + Http.query("size", 50), token);
        }

        @Override
        public String toString() {
            return level + " dossier of " + commune;
        }
    }

    Dossier open(String token, Commune commune, String level, String assessmentId, int year, LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("assessmentId", assessmentId);
        body.put("communeCode", commune.code());
        body.put("level", level);
        body.put("year", year);
        body.put("date", date.toString());
        body.put("body", "COMMUNE");
        body.put("documents", List.of(document("38/BC-UBND", date,
                "Báo cáo tự đánh giá kết quả thực hiện bộ tiêu chí " + levelName(level) + " năm " + year + " của " + commune.name())));
        Reply reply = http.post("/api/v1/dossiers", token, body).expect(201);
        return new Dossier(reply.json().get("id").asText(), commune, level, reply.etag());
    }

    // ---- the bodies of the steps ----

    static Map<String, Object> step(String to, String body, LocalDate date, String documentNumber, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("to", to);
        m.put("body", body);
        m.put("date", date.toString());
        m.put("documents", List.of(document(documentNumber, date, title)));
        return m;
    }

    static Map<String, Object> vote(String to, String body, LocalDate date, int votesFor, int votesAgainst, String documentNumber, String title) {
        Map<String, Object> m = step(to, body, date, documentNumber, title);
        m.put("votesFor", votesFor);
        m.put("votesAgainst", votesAgainst);
        return m;
    }

    static Map<String, Object> submission(LocalDate date, String title) {
        Map<String, Object> m = step("SUBMISSION", "COMMUNE", date, "45/TTr-UBND", title);
        m.put("declarations", Map.of("capitalConstructionDebt", false, "securityTroubleSpot", false));
        return m;
    }

    static Map<String, Object> recognised(LocalDate date, String decisionNumber) {
        Map<String, Object> m = step("RECOGNISED", "PROVINCE", date, decisionNumber, "Quyết định công nhận xã đạt chuẩn");
        m.put("decision", Map.of("number", decisionNumber, "date", date.toString(), "signer", HaiDuong.SIGNER));
        return m;
    }

    static Map<String, Object> rejected(LocalDate date, String reason) {
        Map<String, Object> m = step("REJECTED", "PROVINCE", date, "112/SNNMT-PTNT", "Văn bản trả lại hồ sơ");
        m.put("note", reason);
        return m;
    }

    static String levelName(String level) {
        return switch (level) {
            case "ADVANCED" -> "xã nông thôn mới nâng cao";
            case "MODEL" -> "xã nông thôn mới kiểu mẫu";
            default -> "xã nông thôn mới";
        };
    }

    private static Map<String, Object> document(String number, LocalDate date, String title) {
        return Map.of("number", number, "date", date.toString(), "title", title);
    }
}
