package vn.ntm.gateway.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.gateway.e2e.HaiDuong.Commune;
import vn.ntm.gateway.e2e.HaiDuong.Decision;
import vn.ntm.gateway.e2e.Http.Reply;

/** communes-service's registry through the gateway: the commune list, recognitions, targets and progress. */
final class Registry {

    private final Http http;

    Registry(Http http) {
        this.http = http;
    }

    /** The rural communes (xã) of a province on a day, every page. */
    List<Commune> communes(String province, LocalDate asOf) {
        List<Commune> communes = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode body = http.get("/api/v1/communes" + Http.query("province", province, "type", "XA", "asOf", asOf,
                    "size", 200, "page", page), null).expect(200).json();
            body.get("items").forEach(c -> communes.add(new Commune(c.get("code").asText(), c.get("name").asText(), c.get("districtName").asText())));
            if (communes.size() >= body.get("totalItems").asInt() || body.get("items").isEmpty()) {
                return communes;
            }
        }
    }

    /** Records a paper decision in the registry (201 expected). */
    JsonNode recognise(String token, Commune commune, String level, String criteriaSet, Decision decision, String outstandingField) {
        return http.post("/api/v1/recognitions", token, recognition(commune, level, criteriaSet, decision, outstandingField)).expect(201).json();
    }

    /** The same, sent with an {@code Idempotency-Key} so that a retry after a lost answer records nothing twice. */
    Reply recogniseWithKey(String token, Commune commune, String level, String criteriaSet, Decision decision, String idempotencyKey) {
        return http.send("POST", "/api/v1/recognitions", token, recognition(commune, level, criteriaSet, decision, null),
                Map.of("Idempotency-Key", idempotencyKey));
    }

    private static Map<String, Object> recognition(Commune commune, String level, String criteriaSet, Decision decision, String outstandingField) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("communeCode", commune.code());
        body.put("level", level);
        body.put("criteriaSetCode", criteriaSet);
        body.put("recognitionYear", decision.recognitionYear());
        body.put("decisionNumber", decision.number());
        body.put("decisionDate", decision.date().toString());
        body.put("signer", HaiDuong.SIGNER);
        if (outstandingField != null) {
            body.put("outstandingField", outstandingField);
        }
        body.put("note", "Bản gốc lưu tại Văn phòng Điều phối nông thôn mới tỉnh Hải Dương");
        return body;
    }

    Reply recognitions(String province, String level, String status, int size) {
        return http.get("/api/v1/recognitions" + Http.query("province", province, "level", level, "status", status, "size", size), null);
    }

    JsonNode communeRecognitions(String code, LocalDate asOf) {
        return http.get("/api/v1/communes/" + code + "/recognitions" + Http.query("asOf", asOf, "size", 50), null).expect(200).json();
    }

    Reply setTargets(String token, String province, int year, Map<String, Integer> targets, String source, String ifMatch) {
        Map<String, Object> body = Map.of("targets", targets, "source", source);
        String path = "/api/v1/provinces/" + province + "/targets/" + year;
        return ifMatch == null ? http.put(path, token, body) : http.put(path, token, body, ifMatch);
    }

    Reply targets(String province, int year) {
        return http.get("/api/v1/provinces/" + province + "/targets/" + year, null);
    }

    JsonNode progress(String province, int year, String basis, LocalDate asOf) {
        return http.get("/api/v1/provinces/" + province + "/progress" + Http.query("year", year, "basis", basis, "asOf", asOf), null)
                .expect(200).json();
    }

    /** One level of a progress answer ({@code levels[]}). */
    static JsonNode level(JsonNode progress, String level) {
        for (JsonNode l : progress.get("levels")) {
            if (l.get("level").asText().equals(level)) {
                return l;
            }
        }
        throw new AssertionError("no level " + level + " in " + progress);
    }
}
