package vn.ntm.campaign.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.ntm.campaign.testing.Callers.administrator;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.Fixtures.close;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.form;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;
import static vn.ntm.campaign.testing.Fixtures.submit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.support.Hashes;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;
import vn.ntm.common.text.VietnameseText;

/**
 * Issue 20, household key rotation: the service runs on key version 2 while version 1 (the key of the default test
 * profile) is still known. Forms stored before the rotation are inserted as the service stored them under key 1.
 * "One household, one answer" must hold across the two keys, for the single form, the paper batch and the app's sync,
 * and under concurrency; the key register tells when version 1 may be retired.
 */
@QuarkusTest
@TestProfile(HouseholdKeyRotationTest.RotatedKey.class)
class HouseholdKeyRotationTest {

    static final String OLD_SECRET = "test-only-household-hash-secret-not-for-production";

    public static class RotatedKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ntm.campaign.household-hash-secret", "rotated-test-household-key-version-2-not-for-production",
                    "ntm.campaign.household-key-version", "2",
                    "ntm.campaign.household-known-keys.1", OLD_SECRET);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresResource.class), new TestResourceEntry(CommunesServiceMock.class),
                    new TestResourceEntry(TestTokens.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    /** Xã Hợp Tiến (Hải Phòng), used by this class only. */
    private static final String COMMUNE = "10615";

    @Inject
    AgroalDataSource db;

    @Test
    void aHouseholdThatAnsweredUnderTheOldKeyIsStillTheSameHousehold() {
        String survey = createOpen(standardSurvey(COMMUNE, 2026));
        UUID before = storedUnderKey1(survey, "THON-DONG", "HGĐ-THÔN ĐÔNG-0901");

        // the same household, typed differently, with a new responseId: refused, nothing stored
        submit(survey, form(UUID.randomUUID(), "THON-DONG", " hgđ-thôn đông-0901", "Q1:S", "Q2:S", "Q9:S"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("householdId")).body("detail", startsWith("This household has already answered"));
        // the phone that sent the form before the rotation sends it again: a replay, answered with the form first stored
        submit(survey, form(before, "THON-DONG", "HGĐ-THÔN ĐÔNG-0901", "Q1:S", "Q2:N:Đường ngõ còn lầy lội", "Q9:S"))
                .then().statusCode(200).body("responseId", equalTo(before.toString()));
        // the same responseId with other answers is still a conflict
        submit(survey, form(before, "THON-DONG", "HGĐ-THÔN ĐÔNG-0901", "Q1:S", "Q2:S", "Q9:S"))
                .then().statusCode(409).body("errors[0].field", equalTo("responseId"));
        // a new household is stored under the current key
        UUID fresh = UUID.randomUUID();
        submit(survey, form(fresh, "THON-DONG", "HGĐ-THÔN ĐÔNG-0902", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);

        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(2);
        assertThat(Db.count(db, "SELECT household_key_version FROM survey_response WHERE id = ?", fresh)).isEqualTo(2);
    }

    @Test
    void aBatchOrASyncHoldingAnOldKeyHouseholdIsJudgedTheSameWay() {
        String survey = createOpen(standardSurvey(COMMUNE, 2027));
        storedUnderKey1(survey, "THON-DOAI", "HGĐ-THÔN ĐOÀI-0911");

        Map<String, Object> batch = Map.of("villageCode", "THON-DOAI", "responses", List.of(
                form(UUID.randomUUID(), null, "HGĐ-THÔN ĐOÀI-0912", "Q1:S", "Q2:S", "Q9:S"),
                form(UUID.randomUUID(), null, "HGĐ-THÔN ĐOÀI-0911", "Q1:S", "Q2:S", "Q9:N:Chưa có nước sạch")));
        as(surveyor(COMMUNE)).contentType(ContentType.JSON).body(batch).post("/api/v1/surveys/" + survey + "/responses/batch")
                .then().statusCode(409).body("errors[0].field", equalTo("responses[1].householdId"));
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(1);

        JsonPath sync = as(surveyor(COMMUNE)).contentType(ContentType.JSON)
                .body(Map.of("forms", List.of(form(UUID.randomUUID(), "THON-DOAI", "HGĐ-THÔN ĐOÀI-0911", "Q1:S", "Q2:S", "Q9:S"),
                        form(UUID.randomUUID(), "THON-DOAI", "HGĐ-THÔN ĐOÀI-0913", "Q1:S", "Q2:S", "Q9:S"))))
                .post("/api/v1/surveys/" + survey + "/responses/sync").then().statusCode(200).extract().jsonPath();
        assertThat(sync.getString("items[0].outcome")).isEqualTo("REFUSED");
        assertThat(sync.getString("items[0].problem.errors[0].field")).isEqualTo("householdId");
        assertThat(sync.getString("items[1].outcome")).isEqualTo("CREATED");
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(2);
    }

    /** Eight phones send the same household at once, under new responseIds, after it answered under key 1: none is taken. */
    @Test
    void concurrentFormsOfAnOldKeyHouseholdAreAllRefused() throws Exception {
        String survey = createOpen(standardSurvey(COMMUNE, 2028));
        storedUnderKey1(survey, "THON-DONG", "HGĐ-THÔN ĐÔNG-0921");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sends.add(() -> submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0921", "Q1:S", "Q2:S", "Q9:S")).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(sends)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnly(409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(1);
    }

    @Test
    void theRegisterCountsTheFormsOpenSurveysHoldUnderEachKey() {
        String survey = createOpen(standardSurvey("10633", 2026));
        long before = formsUnder(1);
        storedUnderKey1(survey, "THON-DONG", "HGĐ-THÔN ĐÔNG-0931");
        submit(survey, form(UUID.randomUUID(), "THON-DONG", "HGĐ-THÔN ĐÔNG-0932", "Q1:S", "Q2:S", "Q9:S")).then().statusCode(201);
        as(administrator()).get("/api/v1/surveys/household-keys").then().statusCode(200)
                .body("currentVersion", equalTo(2)).body("otherKnownVersions", equalTo(List.of(1)))
                .body("inOpenSurveys.keyVersion", hasItem(2)).body("missing", equalTo(List.of()));
        assertThat(formsUnder(1)).isEqualTo(before + 1);
        as(surveyor("10633")).get("/api/v1/surveys/household-keys").then().statusCode(403).contentType("application/problem+json");

        // once the survey is closed its forms no longer hold key 1 back
        close(survey).then().statusCode(200);
        assertThat(formsUnder(1)).isEqualTo(before);
    }

    private static long formsUnder(int version) {
        List<Map<String, Object>> versions = as(administrator()).get("/api/v1/surveys/household-keys").then().statusCode(200)
                .extract().jsonPath().getList("inOpenSurveys");
        return versions.stream().filter(v -> ((Number) v.get("keyVersion")).intValue() == version)
                .mapToLong(v -> ((Number) v.get("forms")).longValue()).sum();
    }

    /**
     * A form as the service stored it under key 1 before the rotation: the household's HMAC under the old secret and
     * the content hash over it, in the format the service has always used (so a replay of it is recognised).
     */
    private UUID storedUnderKey1(String survey, String village, String household) {
        UUID id = UUID.randomUUID();
        byte[] hash = hmac(OLD_SECRET, survey + "\n" + VietnameseText.nfc(household).toUpperCase(Locale.ROOT));
        String content = "form-v1\n" + survey + "\n" + village + "\n" + Hashes.hex(hash) + "\n"
                + "Q1\tS\t\nQ2\tN\tĐường ngõ còn lầy lội\nQ9\tS\t\n";
        Db.execute(db, "INSERT INTO survey_response (id, survey_id, village_code, household_hash, content_hash, questionnaire_version, channel, "
                + "recorded_by, household_key_version) VALUES (?, ?, ?, ?, ?, 1, 'APP', 'test.front_surveyor.31." + COMMUNE + "', 1)",
                id, UUID.fromString(survey), village, hash, Hashes.sha256(content));
        Db.execute(db, "INSERT INTO survey_answer (response_id, survey_id, question_code, satisfied, reason) VALUES "
                + "(?, ?, 'Q1', true, null), (?, ?, 'Q2', false, 'Đường ngõ còn lầy lội'), (?, ?, 'Q9', true, null)",
                id, UUID.fromString(survey), id, UUID.fromString(survey), id, UUID.fromString(survey));
        return id;
    }

    private static byte[] hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
