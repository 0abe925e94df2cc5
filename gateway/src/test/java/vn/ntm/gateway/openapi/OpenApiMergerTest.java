package vn.ntm.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntm.gateway.routing.Route;
import vn.ntm.gateway.routing.RouteTable;

/** The build-time merge, on the fixture documents and on small broken variants of them. */
class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src/test/openapi-fixtures");

    @TempDir
    Path out;

    private static Map<String, JsonNode> fixtures() throws IOException {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        for (String service : new String[] {"communes", "ocop", "campaign"}) {
            docs.put(service, JSON.readTree(FIXTURES.resolve(service + ".json").toFile()));
        }
        return docs;
    }

    @Test
    void mergesPathsTagsAndIdenticalSchemasOnce() throws IOException {
        OpenApiMerger.Result result = OpenApiMerger.merge(fixtures());
        JsonNode doc = result.document();

        assertThat(doc.path("paths").size()).isEqualTo(14);
        assertThat(doc.path("components").path("schemas").path("Problem").isObject()).isTrue();
        assertThat(doc.has("servers")).isFalse();
        assertThat(doc.path("x-tagGroups").findValuesAsText("name")).containsExactly("communes", "ocop", "campaign");
        assertThat(doc.path("tags").findValuesAsText("name"))
                .containsExactly("Communes", "Assessments", "Provinces", "OCOP products", "OCOP statistics", "Surveys", "Contributions");
        assertThat(result.routes()).contains(
                new Route("campaign", "/api/v1/communes/{code}/satisfaction", java.util.List.of("GET")),
                new Route("communes", "/api/v1/communes/{code}", java.util.List.of("DELETE", "GET", "PUT")));
    }

    @Test
    void writesTheDocumentAndTheRouteFile() throws IOException {
        Map<String, Path> sources = new LinkedHashMap<>();
        for (String service : new String[] {"communes", "ocop", "campaign"}) {
            sources.put(service, FIXTURES.resolve(service + ".json"));
        }
        OpenApiMergeMain.write(out, sources);

        JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(out.resolve("META-INF/openapi.yaml").toFile());
        assertThat(yaml.path("paths").has("/api/v1/ocop/statistics")).isTrue();
        assertThat(yaml.path("paths").path("/api/v1/communes/{code}").path("get").path("responses").has("404")).isTrue();
        String routes = Files.readString(out.resolve(RouteTable.DEFAULT_RESOURCE));
        assertThat(routes).contains("\"/api/v1/ocop/communes/{code}/summary\"").contains("sha256:");
    }

    @Test
    void missingDocumentFailsWithAClearMessage() {
        Map<String, Path> sources = Map.of("ocop", out.resolve("nowhere/openapi.json"));
        assertThatThrownBy(() -> OpenApiMergeMain.write(out, sources))
                .isInstanceOf(OpenApiMergeException.class)
                .hasMessageContaining("No OpenAPI document for ocop")
                .hasMessageContaining("-pl gateway -am");
    }

    @Test
    void conflictingSchemasFailNamingBothServices() throws IOException {
        Map<String, JsonNode> docs = fixtures();
        ((ObjectNode) docs.get("ocop").path("components").path("schemas").path("Problem")).put("description", "different");
        assertThatThrownBy(() -> OpenApiMerger.merge(docs))
                .isInstanceOf(OpenApiMergeException.class)
                .hasMessageContaining("components.schemas.Problem differs between communes and ocop");
    }

    @Test
    void duplicateOperationIdFails() throws IOException {
        Map<String, JsonNode> docs = fixtures();
        ((ObjectNode) docs.get("campaign").path("paths").path("/api/v1/surveys/statistics").path("get"))
                .put("operationId", "ocop_getStatistics");
        assertThatThrownBy(() -> OpenApiMerger.merge(docs))
                .hasMessageContaining("operationId 'ocop_getStatistics' is used by ocop GET /api/v1/ocop/statistics");
    }

    @Test
    void missingOperationIdFails() throws IOException {
        Map<String, JsonNode> docs = fixtures();
        ((ObjectNode) docs.get("ocop").path("paths").path("/api/v1/ocop/statistics").path("get")).remove("operationId");
        assertThatThrownBy(() -> OpenApiMerger.merge(docs))
                .hasMessageContaining("ocop: GET /api/v1/ocop/statistics has no operationId");
    }

    @Test
    void samePathShapeInTwoServicesFails() throws IOException {
        Map<String, JsonNode> docs = fixtures();
        ObjectNode paths = (ObjectNode) docs.get("ocop").path("paths");
        paths.set("/api/v1/communes/{communeCode}", paths.get("/api/v1/ocop/statistics").deepCopy());
        ((ObjectNode) paths.path("/api/v1/communes/{communeCode}").path("get")).put("operationId", "ocop_other");
        assertThatThrownBy(() -> OpenApiMerger.merge(docs))
                .hasMessageContaining("is served by both communes and ocop");
    }

    @Test
    void pathsOutsideTheApiOrInsideTheViewsFail() throws IOException {
        Map<String, JsonNode> outside = fixtures();
        ((ObjectNode) outside.get("ocop").path("paths")).set("/internal/reindex", JSON.createObjectNode());
        assertThatThrownBy(() -> OpenApiMerger.merge(outside)).hasMessageContaining("outside /api/v1/");

        Map<String, JsonNode> views = fixtures();
        ((ObjectNode) views.get("campaign").path("paths")).set("/api/v1/views/surveys", JSON.createObjectNode());
        assertThatThrownBy(() -> OpenApiMerger.merge(views)).hasMessageContaining("belongs to the gateway's composite views");
    }

    @Test
    void tagOfTwoServicesFails() throws IOException {
        Map<String, JsonNode> docs = fixtures();
        ((ObjectNode) docs.get("campaign").path("paths").path("/api/v1/contributions/totals").path("get"))
                .putArray("tags").add("Communes");
        assertThatThrownBy(() -> OpenApiMerger.merge(docs)).hasMessageContaining("Tag 'Communes' is used by both communes and campaign");
    }

    @Test
    void differentOpenApiVersionsFail() throws IOException {
        Map<String, JsonNode> docs = fixtures();
        ((ObjectNode) docs.get("campaign")).put("openapi", "3.0.3");
        assertThatThrownBy(() -> OpenApiMerger.merge(docs)).hasMessageContaining("campaign writes OpenAPI 3.0.3");
    }
}
