package vn.ntm.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.ntm.gateway.FakeServices;
import vn.ntm.gateway.routing.Route;
import vn.ntm.gateway.routing.RouteFile;
import vn.ntm.gateway.routing.RouteTable;

/**
 * The document the gateway serves is the union of the three services' documents (as their builds wrote them) plus
 * the gateway's own views: nothing missing, nothing invented, valid OpenAPI 3, unique operationIds.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeServices.class, restrictToAnnotatedClass = true)
class MergedOpenApiTest {

    private static final Set<String> GATEWAY_VIEWS = Set.of(
            "/api/v1/views/communes/{code}",
            "/api/v1/views/provinces/{code}/dashboard");
    private static final List<String> SERVICES = List.of("communes", "ocop", "campaign");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode serviceDocument(String service) throws IOException {
        String location = System.getProperty("ntm.openapi." + service);
        assertThat(location).as("surefire passes the location of the %s document", service).isNotNull();
        return JSON.readTree(Path.of(location).toFile());
    }

    private static JsonNode served() throws IOException {
        return JSON.readTree(given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void pathsAreExactlyTheServicesPathsPlusTheViews() throws IOException {
        Set<String> expected = new TreeSet<>(GATEWAY_VIEWS);
        for (String service : SERVICES) {
            serviceDocument(service).path("paths").fieldNames().forEachRemaining(expected::add);
        }
        Set<String> actual = new TreeSet<>();
        served().path("paths").fieldNames().forEachRemaining(actual::add);

        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyServiceOperationIsThereUnchanged() throws IOException {
        JsonNode merged = served();
        for (String service : SERVICES) {
            JsonNode doc = serviceDocument(service);
            doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                if (op.getValue().has("operationId")) {
                    assertThat(merged.path("paths").path(path.getKey()).path(op.getKey()).path("operationId").asText())
                            .isEqualTo(op.getValue().get("operationId").asText());
                }
            }));
            doc.path("components").path("schemas").fieldNames().forEachRemaining(name ->
                    assertThat(merged.path("components").path("schemas").has(name)).as("schema %s of %s", name, service).isTrue());
        }
    }

    @Test
    void operationIdsAreUniqueAndViewsAreDocumented() throws IOException {
        JsonNode merged = served();
        List<String> ids = new ArrayList<>();
        merged.path("paths").forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
                ids.add(op.get("operationId").asText());
            }
        }));
        assertThat(ids).doesNotHaveDuplicates().contains("gateway_getCommuneView", "gateway_getProvinceDashboard");

        JsonNode view = merged.path("paths").path("/api/v1/views/communes/{code}").path("get");
        assertThat(view.path("tags").get(0).asText()).isEqualTo("Views");
        assertThat(view.path("responses").path("200").path("content").path("application/json").path("examples").has("partial")).isTrue();
        assertThat(view.path("responses").path("404").path("content").path("application/problem+json").path("schema").path("$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        JsonNode schemas = merged.path("components").path("schemas");
        assertThat(schemas.has("GatewayCommuneView")).isTrue();
        assertThat(schemas.has("GatewayProvinceDashboard")).isTrue();
        assertThat(schemas.has("GatewayViewMeta")).isTrue();
        assertThat(schemas.has("Problem")).isTrue();
    }

    @Test
    void documentIsValidOpenApi3() {
        String json = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        String yaml = given().when().get("/q/openapi").then().statusCode(200).extract().asString();

        for (String served : List.of(json, yaml)) {
            ParseOptions options = new ParseOptions();
            options.setResolve(true);
            SwaggerParseResult result = new OpenAPIV3Parser().readContents(served, null, options);
            assertThat(result.getMessages()).as("validation messages").isEmpty();
            assertThat(result.getOpenAPI()).isNotNull();
            assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.");
        }
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void realRouteTableMatchesTheMergedPaths() throws IOException {
        Set<String> servicePaths = new HashSet<>();
        for (String service : SERVICES) {
            serviceDocument(service).path("paths").fieldNames().forEachRemaining(servicePaths::add);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RouteTable.DEFAULT_RESOURCE)) {
            assertThat(in).as("route file of the real services").isNotNull();
            RouteFile file = JSON.readValue(in, RouteFile.class);
            assertThat(file.routes()).extracting(Route::path).containsExactlyInAnyOrderElementsOf(servicePaths);
            for (String service : SERVICES) {
                JsonNode paths = serviceDocument(service).path("paths");
                file.routes().stream().filter(r -> r.service().equals(service))
                        .forEach(r -> assertThat(paths.has(r.path())).as("%s serves %s", service, r.path()).isTrue());
            }
            assertThat(file.sources().keySet()).containsExactlyInAnyOrderElementsOf(SERVICES);
        }
    }

}
