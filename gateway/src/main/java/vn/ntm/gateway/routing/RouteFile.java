package vn.ntm.gateway.routing;

import java.util.List;
import java.util.Map;

/**
 * The route file written by the build-time merger next to the merged OpenAPI document.
 *
 * @param sources the digest of each service document it was made from, by service name
 * @param routes  every documented path with its service
 */
public record RouteFile(Map<String, String> sources, List<Route> routes) {
}
