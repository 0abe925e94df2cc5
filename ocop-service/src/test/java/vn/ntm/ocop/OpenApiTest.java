package vn.ntm.ocop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.ocop.support.CommunesWireMock;

/** The OpenAPI document integrators read: prefixed operation ids, tags, problem responses, real examples, unique schema names. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
class OpenApiTest {

    private static final Set<String> SHARED_SCHEMAS = Set.of("Problem", "ProblemFieldError", "AuditEvent", "DisclosureEvent", "UUID", "LocalDate", "Instant");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedForIntegrators() {
        String document = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        JsonPath json = JsonPath.from(document);
        Map<String, Map<String, Object>> paths = json.getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            assertThat(path.getKey()).startsWith("/api/v1/ocop/");
            for (var entry : path.getValue().entrySet()) {
                if (!(entry.getValue() instanceof Map<?, ?> op) || !op.containsKey("responses")) {
                    continue;
                }
                operations++;
                String where = entry.getKey() + " " + path.getKey();
                assertThat((String) op.get("operationId")).as(where).startsWith("ocop_");
                assertThat((String) op.get("summary")).as(where).isNotBlank();
                assertThat((java.util.List<String>) op.get("tags")).as(where).isNotEmpty();
                Map<String, Object> responses = (Map<String, Object>) op.get("responses");
                assertThat(responses.keySet()).as(where).anyMatch(code -> code.startsWith("4"));
                responses.entrySet().stream().filter(r -> r.getKey().startsWith("4") || r.getKey().startsWith("5")).forEach(r -> {
                    Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) r.getValue()).get("content");
                    assertThat(content).as(where + " " + r.getKey()).containsKey("application/problem+json");
                    assertThat(content.get("application/problem+json").toString()).contains("#/components/schemas/Problem");
                });
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(28);

        Map<String, Object> schemas = json.getMap("components.schemas");
        assertThat(schemas.keySet()).allMatch(name -> name.startsWith("Ocop") || name.startsWith("PageResponse") || SHARED_SCHEMAS.contains(name));

        assertThat(document).contains("Vải thiều Thanh Hà", "Bình gốm Chu Đậu vẽ lam", "Bánh đậu xanh Rồng Vàng Hoàng Gia",
                "Công ty Cổ phần Hoàng Giang", "\"10867\"", "\"10642\"", "\"10516\"", "OCOP-30-2025-000123", "Ủy ban nhân dân tỉnh Hải Dương");
    }
}
