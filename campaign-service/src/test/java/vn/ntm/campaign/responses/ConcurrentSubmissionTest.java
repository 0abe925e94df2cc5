package vn.ntm.campaign.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.campaign.testing.Fixtures.createOpen;
import static vn.ntm.campaign.testing.Fixtures.form;
import static vn.ntm.campaign.testing.Fixtures.standardSurvey;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.testing.Callers;
import vn.ntm.campaign.testing.CommunesServiceMock;
import vn.ntm.campaign.testing.Db;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.TestTokens;

/** A device that retries hard: the database, not the application, makes sure one form is stored once. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesServiceMock.class)
@QuarkusTestResource(TestTokens.class)
class ConcurrentSubmissionTest {

    private static final int CALLERS = 50;

    @Inject
    AgroalDataSource db;

    @TestHTTPResource("/api/v1/surveys")
    URI surveys;

    @Test
    void fiftyConcurrentSubmissionsOfOneFormStoreOneRecord() throws Exception {
        String survey = createOpen(standardSurvey("10705", 2026));
        UUID responseId = UUID.randomUUID();
        String body = new ObjectMapper().writeValueAsString(
                form(responseId, "THON-DONG", "HGĐ-THÔN ĐÔNG-0050", "Q1:S", "Q2:N:Đường ngõ xóm chưa được cứng hóa", "Q9:S"));
        List<Integer> statuses = submitConcurrently(survey, List.of(body));

        assertThat(statuses).hasSize(CALLERS);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(CALLERS - 1);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE id = ?", responseId)).isEqualTo(1);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_answer WHERE response_id = ?", responseId)).isEqualTo(3);
    }

    @Test
    void concurrentFormsOfOneHouseholdStoreOnlyOne() throws Exception {
        String survey = createOpen(standardSurvey("10705", 2026));
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            Map<String, Object> f = form(UUID.randomUUID(), "THON-DOAI", "HGĐ-THÔN ĐOÀI-0051", "Q1:S", "Q2:S", i % 2 == 0 ? "Q9:S" : "Q9:N");
            bodies.add(json.writeValueAsString(f));
        }
        List<Integer> statuses = submitConcurrently(survey, bodies);

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(CALLERS - 1);
        assertThat(Db.count(db, "SELECT count(*) FROM survey_response WHERE survey_id = ?", UUID.fromString(survey))).isEqualTo(1);
    }

    /** All callers wait on one latch, then send at once; caller i sends bodies[i % bodies.size()]. */
    private List<Integer> submitConcurrently(String survey, List<String> bodies) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI target = URI.create(surveys + "/" + survey + "/responses");
        String token = Callers.surveyorOf(survey);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                String body = bodies.get(i % bodies.size());
                Callable<Integer> call = () -> {
                    start.await();
                    HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                            .header("Authorization", TestTokens.bearer(token))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                };
                calls.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> call : calls) {
                statuses.add(call.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
