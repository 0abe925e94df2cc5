package vn.ntm.campaign.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.campaign.testing.Callers.as;
import static vn.ntm.campaign.testing.Callers.surveyor;
import static vn.ntm.campaign.testing.Fixtures.close;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.form;
import static vn.ntm.campaign.testing.Fixtures.overallQuestion;
import static vn.ntm.campaign.testing.Fixtures.question;
import static vn.ntm.campaign.testing.Fixtures.submit;
import static vn.ntm.campaign.testing.Fixtures.survey;
import static vn.ntm.campaign.testing.Fixtures.village;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/**
 * Issue 20, small cells: a published result never singles out a household. Villages with fewer forms than the minimum
 * (5) are WITHHELD, and one more village is withheld so that the hidden one cannot be found by subtracting the shown
 * villages from the survey's total. The test tries the subtraction.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class SmallCellsTest {

    /** Xã Lai Khê (Hải Phòng), used by this class only. */
    private static final String COMMUNE = "10756";

    @Test
    void aVillageOfThreeFormsIsWithheldAndCannotBeDerivedFromTheTotal() {
        String survey = createOpen(survey(COMMUNE, "RECOGNITION", "NTM", 2026,
                List.of(village("THON-A", "Thôn An", 20), village("THON-B", "Thôn Bình", 10), village("THON-C", "Thôn Cát", 10)),
                List.of(question("Q1", "Đường giao thông trên địa bàn xã có được cứng hóa, xanh, sạch, đẹp không?"),
                        overallQuestion("Q9", "Nhìn chung, ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?"))));
        send(survey, "THON-A", 12, 10, "Q1:S");
        send(survey, "THON-B", 3, 1, "Q1:S");
        send(survey, "THON-C", 6, 6, "Q1:S");
        close(survey).then().statusCode(200);

        JsonPath published = given().get("/api/v1/surveys/" + survey + "/results").then().statusCode(200).extract().jsonPath();
        Map<String, Object> a = villageOf(published, "THON-A");
        Map<String, Object> b = villageOf(published, "THON-B");
        Map<String, Object> c = villageOf(published, "THON-C");
        assertThat(a).containsEntry("overallSatisfied", 10).doesNotContainKey("withheld");
        assertThat(b).doesNotContainKeys("overallSatisfied", "overallRate", "passed").containsEntry("formsReturned", 3);
        assertThat(withheld(b)).containsEntry("status", "WITHHELD").containsEntry("reason", "FEWER_RESPONDENTS_THAN_MINIMUM").containsEntry("minimum", 5);
        assertThat(withheld(c)).containsEntry("reason", "COMPLEMENTARY");
        assertThat(published.getInt("overallSatisfied")).isEqualTo(17); // the total certification rests on stays

        // the subtraction: total minus what is shown leaves the withheld villages' sum, and each of them stays ambiguous
        List<Map<String, Object>> villages = published.getList("perVillage");
        long shown = villages.stream().filter(v -> v.get("withheld") == null).mapToLong(v -> ((Number) v.get("overallSatisfied")).longValue()).sum();
        long hiddenSum = published.getLong("overallSatisfied") - shown;
        List<Map<String, Object>> hidden = villages.stream().filter(v -> v.get("withheld") != null).toList();
        assertThat(hidden).hasSizeGreaterThanOrEqualTo(2);
        for (Map<String, Object> v : hidden) {
            long n = ((Number) v.get("formsReturned")).longValue();
            long others = hidden.stream().filter(o -> o != v).mapToLong(o -> ((Number) o.get("formsReturned")).longValue()).sum();
            long lowest = Math.max(0, hiddenSum - others);
            long highest = Math.min(n, hiddenSum);
            assertThat(highest).as("values of %s consistent with the published figures", v.get("villageCode")).isGreaterThan(lowest);
        }

        // the commune-level read used by certification applies the same rule
        JsonPath satisfaction = given().queryParam("level", "NTM").queryParam("year", 2026).get("/api/v1/communes/" + COMMUNE + "/satisfaction")
                .then().statusCode(200).extract().jsonPath();
        assertThat(villageOf(satisfaction, "THON-B")).containsKey("withheld");

        // the Front surveyor, who holds the forms, sees every cell
        JsonPath whole = as(surveyor(COMMUNE)).get("/api/v1/surveys/" + survey + "/results").then().statusCode(200).extract().jsonPath();
        assertThat(villageOf(whole, "THON-B")).containsEntry("overallSatisfied", 1).doesNotContainKey("withheld");
    }

    @Test
    void aResultWithoutSmallCellsIsPublishedWhole() {
        String survey = createOpen(survey(COMMUNE, "PERIODIC", null, 2026,
                List.of(village("THON-A", "Thôn An", 8), village("THON-B", "Thôn Bình", 8)),
                List.of(overallQuestion("Q9", "Nhìn chung, ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?"))));
        send(survey, "THON-A", 5, 4);
        send(survey, "THON-B", 6, 6);
        close(survey).then().statusCode(200);
        JsonPath published = given().get("/api/v1/surveys/" + survey + "/results").then().statusCode(200).extract().jsonPath();
        assertThat(published.getList("perVillage.withheld")).containsOnlyNulls();
        assertThat(published.getList("perQuestion.withheld")).containsOnlyNulls();
        assertThat(villageOf(published, "THON-A")).containsEntry("overallSatisfied", 4);
    }

    /** Forms of one village: the first {@code satisfied} satisfied overall; {@code others} are the other questions' answers. */
    private static void send(String survey, String village, int forms, int satisfied, String... others) {
        for (int i = 0; i < forms; i++) {
            List<String> answers = new java.util.ArrayList<>(List.of(others));
            answers.add(i < satisfied ? "Q9:S" : "Q9:N");
            submit(survey, form(UUID.randomUUID(), village, "HGĐ-" + village + "-" + UUID.randomUUID(), answers.toArray(String[]::new)))
                    .then().statusCode(201);
        }
    }

    private static Map<String, Object> villageOf(JsonPath result, String code) {
        return result.getMap("perVillage.find { it.villageCode == '" + code + "' }");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withheld(Map<String, Object> village) {
        return (Map<String, Object>) village.get("withheld");
    }
}
