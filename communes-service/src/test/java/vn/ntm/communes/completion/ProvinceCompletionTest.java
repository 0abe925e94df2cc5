package vn.ntm.communes.completion;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static vn.ntm.communes.certification.Programme2026.recordNtm;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.communes.Callers;
import vn.ntm.communes.certification.FakeNeighbours;
import vn.ntm.communes.certification.TestCommunes.Commune;
import vn.ntm.communes.certification.TestCommunes2026;
import vn.ntm.communes.certification.TestSets;

/**
 * Province completion of the NTM task (issue 15, QĐ 51/2025/QĐ-TTg Phụ lục III): conditions as versioned data,
 * evaluated from the registry and explained; unconfirmed conditions decide nothing. Thành phố Huế (46, 19 xã) is the
 * province no other test records recognitions in.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(FakeNeighbours.class)
@QuarkusTestResource(TestTokens.class)
class ProvinceCompletionTest {

    static final String RULES = "/api/v1/province-completion-rules/";

    static ValidatableResponse completion(String province, Map<String, String> query) {
        return given().queryParams(query).when().get("/api/v1/provinces/" + province + "/completion").then();
    }

    static Map<String, Object> rule(int from, int to, List<Map<String, Object>> conditions) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("titleVi", "Quy định thử nghiệm tỉnh hoàn thành nhiệm vụ xây dựng NTM");
        doc.put("legalBasis", "Thử nghiệm theo QĐ 51/2025/QĐ-TTg, Phụ lục III");
        doc.put("periodFrom", from);
        doc.put("periodTo", to);
        doc.put("conditions", conditions);
        return doc;
    }

    static Map<String, Object> allNtm(boolean verified) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", "ALL_COMMUNES_NTM");
        c.put("kind", "COMMUNE_SHARE");
        c.put("levels", List.of("NTM", "MODERN"));
        c.put("minPercent", 100);
        c.put("textVi", "100% số xã đạt chuẩn NTM giai đoạn 2026 - 2030");
        c.put("verified", verified);
        c.put("source", "Thử nghiệm");
        return c;
    }

    @Test
    void theShippedRuleExplainsEachConditionAndCannotDecide() {
        completion("31", Map.of("period", "2026-2030", "asOf", "2026-12-01")).statusCode(200)
                .body("period", equalTo("2026-2030"))
                .body("province.name", equalTo("Thành phố Hải Phòng"))
                .body("rule.code", equalTo("QD51-PROVINCE-2026-2030"))
                .body("rule.unverifiedConditions", equalTo(2))
                .body("denominator.communes", equalTo(67))
                .body("denominator.counted", containsString("Wards (PHUONG)"))
                .body("conditions[0].code", equalTo("ALL_COMMUNES_NTM"))
                .body("conditions[0].required", equalTo(67))
                .body("conditions[0].verified", equalTo(false))
                .body("conditions[0].explanation", containsString("of 67 rural communes"))
                .body("conditions[1].status", equalTo("NOT_DECIDED"))
                .body("verdict", equalTo("UNDECIDABLE"))
                .body("blockingConditions", equalTo(List.of("ALL_COMMUNES_NTM", "OTHER_CONDITIONS")));
        // the period containing the day is the default
        completion("31", Map.of("asOf", "2026-12-01")).statusCode(200).body("period", equalTo("2026-2030"));
        given().when().get(RULES + "QD51-PROVINCE-2026-2030").then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("unverifiedConditions", equalTo(2)).body("document.conditions.code", hasItems("ALL_COMMUNES_NTM", "OTHER_CONDITIONS"));
        given().when().get(RULES).then().statusCode(200).body("code", hasItem("QD51-PROVINCE-2026-2030"));
    }

    @Test
    void aConfirmedRuleDecidesFromTheRegistryAndOnlyRecognitionsOfThePeriodCount() {
        String code = TestSets.code("PROVINCE-RULE");
        Callers.admin().contentType(ContentType.JSON).body(rule(2026, 2030, List.of(allNtm(true))))
                .when().put(RULES + code).then().statusCode(201).header("ETag", equalTo("\"1\""));
        Map<String, String> query = Map.of("period", "2026-2030", "rule", code, "asOf", "2026-12-01");
        List<Commune> communes = TestCommunes2026.communesOf("46");
        completion("46", query).statusCode(200)
                .body("denominator.communes", equalTo(communes.size()))
                .body("conditions[0].status", equalTo("NOT_MET"))
                .body("verdict", equalTo("NOT_COMPLETE"))
                .body("verdictReason", containsString("ALL_COMMUNES_NTM"))
                .body("blockingConditions", nullValue());

        // an NTM recognition of 2021–2025 does not count for 2026–2030
        recordNtm(communes.get(0), "QD318-NTM-2021-2025", 2025, "2025-12-20");
        completion("46", query).statusCode(200).body("conditions[0].achieved", equalTo(0));

        for (Commune commune : communes) {
            recordNtm(commune, "QD51-NTM-2026-2030", 2026, "2026-06-30");
        }
        completion("46", query).statusCode(200)
                .body("conditions[0].achieved", equalTo(communes.size()))
                .body("conditions[0].status", equalTo("MET"))
                .body("conditions[0].share.percent", equalTo(100.0f))
                .body("verdict", equalTo("COMPLETE"));
        // the day before the decisions, the same province had not completed it
        completion("46", Map.of("period", "2026-2030", "rule", code, "asOf", "2026-06-29")).statusCode(200)
                .body("conditions[0].achieved", equalTo(0)).body("verdict", equalTo("NOT_COMPLETE"));

        // an unconfirmed condition added in the next version makes it undecidable again
        Map<String, Object> declared = new LinkedHashMap<>(Map.of("code", "NO_EXTREMELY_DIFFICULT_VILLAGES", "kind", "DECLARED",
                "textVi", "Không còn thôn đặc biệt khó khăn", "verified", true, "source", "Thử nghiệm"));
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(rule(2026, 2030, List.of(allNtm(true), declared)))
                .when().put(RULES + code).then().statusCode(201).header("ETag", equalTo("\"2\""));
        completion("46", query).statusCode(200).body("rule.version", equalTo(2)).body("verdict", equalTo("UNDECIDABLE"))
                .body("blockingConditions", equalTo(List.of("NO_EXTREMELY_DIFFICULT_VILLAGES")));
    }

    @Test
    void rulesArePublishedAsVersionsByTheAdministratorOnly() {
        String code = TestSets.code("PROVINCE-RULE");
        Map<String, Object> doc = rule(2026, 2030, List.of(allNtm(false)));
        given().contentType(ContentType.JSON).body(doc).when().put(RULES + code).then().statusCode(401);
        Callers.provinceOfficer("46").contentType(ContentType.JSON).body(doc).when().put(RULES + code).then().statusCode(403);
        Callers.admin().contentType(ContentType.JSON).body(doc).when().put(RULES + code).then().statusCode(201);
        Callers.admin().contentType(ContentType.JSON).body(doc).when().put(RULES + code).then().statusCode(428);
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"5\"").body(doc).when().put(RULES + code).then().statusCode(412);
        // identical content changes nothing
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(doc).when().put(RULES + code).then().statusCode(200)
                .body("version", equalTo(1));
        // a new version keeps the period
        Callers.admin().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(rule(2031, 2035, List.of(allNtm(true))))
                .when().put(RULES + code).then().statusCode(400).body("errors.field", hasItem("periodFrom"));
        given().when().get(RULES + code + "?version=2").then().statusCode(404);
        given().when().get(RULES + code + "?version=0").then().statusCode(400);
        given().when().get(RULES + "lower-case").then().statusCode(400).body("errors.field", hasItem("code"));
    }

    @Test
    void badDocumentsNameEveryOffendingField() {
        String code = TestSets.code("PROVINCE-RULE");
        Map<String, Object> noLevels = new LinkedHashMap<>(allNtm(true));
        noLevels.remove("levels");
        noLevels.remove("minPercent");
        Map<String, Object> twice = new LinkedHashMap<>(allNtm(true));
        Map<String, Object> declaredWithShare = new LinkedHashMap<>(allNtm(true));
        declaredWithShare.put("code", "DECLARED_ONE");
        declaredWithShare.put("kind", "DECLARED");
        Callers.admin().contentType(ContentType.JSON).body(rule(2026, 2030, List.of(noLevels, twice, declaredWithShare)))
                .when().put(RULES + code).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("conditions[0].levels", "conditions[0].minPercent", "conditions[1].code", "conditions[2].kind"));
        Map<String, Object> tooMuch = new LinkedHashMap<>(allNtm(true));
        tooMuch.put("minPercent", 150);
        Callers.admin().contentType(ContentType.JSON).body(rule(2026, 2030, List.of(tooMuch))).when().put(RULES + code).then().statusCode(400);
        Callers.admin().contentType(ContentType.JSON).body(rule(2026, 2030, List.of())).when().put(RULES + code).then().statusCode(400);
        Callers.admin().contentType(ContentType.JSON).body(rule(2030, 2026, List.of(allNtm(true)))).when().put(RULES + code).then().statusCode(400)
                .body("errors.field", hasItem("periodTo"));
        given().when().get(RULES + code).then().statusCode(404);
    }

    @Test
    void badQueriesAreRefusedNamingTheParameter() {
        completion("46", Map.of("period", "2026")).statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("period"));
        completion("46", Map.of("period", "2030-2026")).statusCode(400).body("errors.field", hasItem("period"));
        completion("46", Map.of("period", "2031-2035")).statusCode(404).contentType("application/problem+json");
        completion("46", Map.of("period", "2026-2030", "asOf", "2025-12-31")).statusCode(400).body("errors.field", hasItem("asOf"));
        completion("46", Map.of("asOf", "31/12/2026")).statusCode(400).body("errors.field", hasItem("asOf"));
        completion("46", Map.of("period", "2026-2030", "rule", "NO-SUCH-RULE")).statusCode(404);
        completion("46", Map.of("period", "2026-2030", "rule", "bad rule")).statusCode(400).body("errors.field", hasItem("rule"));
        completion("99", Map.of("period", "2026-2030")).statusCode(404);
        completion("4x", Map.of("period", "2026-2030")).statusCode(400);
        // Hải Dương ended on 30 June 2025: its communes are Hải Phòng's
        completion("30", Map.of("period", "2026-2030", "asOf", "2026-12-01")).statusCode(422)
                .body("detail", containsString("2025-06-30")).body("detail", containsString("31 Thành phố Hải Phòng"));
        // a rule of another period
        String other = TestSets.code("PROVINCE-RULE");
        Callers.admin().contentType(ContentType.JSON).body(rule(2031, 2035, List.of(allNtm(true)))).when().put(RULES + other).then().statusCode(201);
        completion("46", Map.of("period", "2026-2030", "rule", other)).statusCode(400).body("errors.field", hasItem("rule"));
    }
}
