package vn.ntm.campaign.results;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.campaign.testing.Fixtures.close;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.question;
import static vn.ntm.campaign.testing.Fixtures.survey;
import static vn.ntm.campaign.testing.Fixtures.village;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/**
 * A survey of 100,000 forms (a large commune after the 2025 mergers, or a district-wide survey) closes through the
 * API with the result computed in the database. The forms are written by SQL, then the figures are checked against
 * the same answer pattern counted here.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class LargeSurveyTest {

    private static final int FORMS = 100_000;
    private static final int VILLAGES = 4;
    private static final int HOUSEHOLDS_PER_VILLAGE = 30_000;

    @Inject
    AgroalDataSource db;

    @Test
    void aHundredThousandFormsCloseInSqlAggregates() {
        String id = createOpen(survey("10945", "RECOGNITION", "ADVANCED", 2026,
                List.of(village("V1", "Thôn 1", HOUSEHOLDS_PER_VILLAGE), village("V2", "Thôn 2", HOUSEHOLDS_PER_VILLAGE),
                        village("V3", "Thôn 3", HOUSEHOLDS_PER_VILLAGE), village("V4", "Thôn 4", HOUSEHOLDS_PER_VILLAGE)),
                List.of(question("Q1", "Quy hoạch"), question("Q2", "Giao thông"), question("Q3", "Môi trường"))));
        UUID survey = UUID.fromString(id);

        // form n (1..100000) is in village V(n % 4 + 1); Q1 not satisfied when n % 10 = 0 (reason by n % 20),
        // Q2 when n % 25 = 0 (no reason), Q3 when n % 40 = 0
        Db.execute(db, """
                INSERT INTO survey_response (id, survey_id, village_code, household_hash, content_hash, questionnaire_version, channel, recorded_by)
                SELECT md5(?::text || n)::uuid, ?, 'V' || (n % 4 + 1), sha256(('hh-' || n)::bytea), sha256(('form-' || n)::bytea), 1, 'PAPER', 'load-test'
                FROM generate_series(1, ?) AS n
                """, id, survey, FORMS);
        Db.execute(db, """
                INSERT INTO survey_answer (response_id, survey_id, question_code, satisfied, reason)
                SELECT md5(?::text || n)::uuid, ?, q.code,
                       NOT (q.code = 'Q1' AND n % 10 = 0 OR q.code = 'Q2' AND n % 25 = 0 OR q.code = 'Q3' AND n % 40 = 0),
                       CASE WHEN q.code = 'Q1' AND n % 20 = 0 THEN 'Đường liên thôn xuống cấp'
                            WHEN q.code = 'Q1' AND n % 10 = 0 THEN 'Thiếu đèn chiếu sáng' END
                FROM generate_series(1, ?) AS n CROSS JOIN (VALUES ('Q1'), ('Q2'), ('Q3')) AS q(code)
                """, id, survey, FORMS);

        long allSatisfied = 0;
        long[] villageForms = new long[VILLAGES];
        long[] villageSatisfied = new long[VILLAGES];
        for (int n = 1; n <= FORMS; n++) {
            boolean satisfied = n % 10 != 0 && n % 25 != 0 && n % 40 != 0;
            villageForms[n % 4]++;
            if (satisfied) {
                allSatisfied++;
                villageSatisfied[n % 4]++;
            }
        }

        JsonPath result = close(id).then().statusCode(200).extract().jsonPath();

        assertThat(result.getLong("formsReturned")).isEqualTo(FORMS);
        assertThat(result.getLong("householdsInScope")).isEqualTo(VILLAGES * HOUSEHOLDS_PER_VILLAGE);
        assertThat(result.getFloat("coverage")).isEqualTo(0.8333f);
        assertThat(result.getBoolean("coverageMet")).isTrue();
        assertThat(result.getString("overallBasis")).isEqualTo("ALL_QUESTIONS");
        assertThat(result.getLong("overallSatisfied")).isEqualTo(allSatisfied);
        assertThat(result.getFloat("overallRate")).isEqualTo(rate(allSatisfied, FORMS));
        assertThat(result.getBoolean("passed")).isFalse();
        assertThat(result.getList("perQuestion.satisfied", Long.class)).containsExactly(90_000L, 96_000L, 97_500L);
        assertThat(result.getList("perQuestion.rate", Float.class)).containsExactly(0.9f, 0.96f, 0.975f);
        assertThat(result.getList("perQuestion[0].reasons.reason")).containsExactlyInAnyOrder("Đường liên thôn xuống cấp", "Thiếu đèn chiếu sáng");
        assertThat(result.getList("perQuestion[0].reasons.count", Long.class)).containsExactly(5_000L, 5_000L);
        assertThat(result.getLong("perQuestion[1].notSatisfiedWithReason")).isZero();
        for (int v = 0; v < VILLAGES; v++) {
            // village V(v + 1) holds the forms with n % 4 == v
            assertThat(result.getString("perVillage[" + v + "].villageCode")).isEqualTo("V" + (v + 1));
            assertThat(result.getLong("perVillage[" + v + "].formsReturned")).isEqualTo(villageForms[v]);
            assertThat(result.getFloat("perVillage[" + v + "].overallRate")).isEqualTo(rate(villageSatisfied[v], villageForms[v]));
        }
    }

    private static float rate(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).floatValue();
    }
}
