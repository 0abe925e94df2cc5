package vn.ntm.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private static Route route(String service, String path) {
        return new Route(service, path, List.of("GET"));
    }

    private final RouteTable table = new RouteTable(List.of(
            route("communes", "/api/v1/communes/{code}"),
            route("campaign", "/api/v1/communes/{code}/satisfaction"),
            route("communes", "/api/v1/communes/search"),
            route("ocop", "/api/v1/ocop/products/{id}"),
            route("ocop", "/api/v1/ocop/products/{id}.pdf"),
            route("ocop", "/api/v1/ocop/{area}/summary"),
            route("campaign", "/api/v1/ocop/campaigns/summary")));

    private Optional<String> serviceOf(String path) {
        return table.resolve(path).map(Route::service);
    }

    @Test
    void longerTemplatesNeverShadowShorterOnes() {
        assertThat(serviceOf("/api/v1/communes/10657")).contains("communes");
        assertThat(serviceOf("/api/v1/communes/10657/satisfaction")).contains("campaign");
    }

    @Test
    void literalSegmentsWinOverParameters() {
        assertThat(table.resolve("/api/v1/communes/search")).get().extracting(Route::path).isEqualTo("/api/v1/communes/search");
        assertThat(serviceOf("/api/v1/ocop/campaigns/summary")).contains("campaign");
        assertThat(serviceOf("/api/v1/ocop/products/summary")).contains("ocop");
        assertThat(table.resolve("/api/v1/ocop/products/7f0c.pdf")).get().extracting(Route::path)
                .isEqualTo("/api/v1/ocop/products/{id}.pdf");
        assertThat(table.resolve("/api/v1/ocop/products/7f0c")).get().extracting(Route::path)
                .isEqualTo("/api/v1/ocop/products/{id}");
    }

    @Test
    void unknownPathsEmptySegmentsAndOtherPrefixesMatchNothing() {
        assertThat(serviceOf("/api/v1/communes")).isEmpty();
        assertThat(serviceOf("/api/v1/communes/")).isEmpty();
        assertThat(serviceOf("/api/v1/communes//satisfaction")).isEmpty();
        assertThat(serviceOf("/api/v1/communes/10657/satisfaction/extra")).isEmpty();
        assertThat(serviceOf("/api/v2/communes/10657")).isEmpty();
        assertThat(serviceOf("")).isEmpty();
    }

    @Test
    void shapeErasesParameterNames() {
        assertThat(PathTemplate.parse("/api/v1/communes/{communeCode}/x").shape())
                .isEqualTo(PathTemplate.parse("/api/v1/communes/{code}/x").shape());
    }
}
