package vn.ntm.gateway.routing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which service serves a request path. Built from the route file that the build-time OpenAPI merger writes, so it
 * always matches the merged document. Templates are tried most specific first ({@link PathTemplate#MOST_SPECIFIC_FIRST}):
 * {@code /api/v1/communes/{code}/satisfaction} (campaign) and {@code /api/v1/communes/{code}} (communes) never
 * compete because they differ in length, and {@code /api/v1/communes/search} would win over {@code /api/v1/communes/{code}}.
 */
public final class RouteTable {

    /** The route file the merger writes, as a class-path resource. */
    public static final String DEFAULT_RESOURCE = "META-INF/ntm/gateway-routes.json";

    private record Entry(PathTemplate template, Route route) {
    }

    private static final Entry[] NONE = new Entry[0];

    private final List<Entry> entries;
    /** The entries by number of segments, each most specific first: a path is only tried against its own length. */
    private final Entry[][] bySegments;

    public RouteTable(List<Route> routes) {
        this.entries = routes.stream()
                .map(r -> new Entry(PathTemplate.parse(r.path()), r))
                .sorted(Comparator.comparing(Entry::template, PathTemplate.MOST_SPECIFIC_FIRST))
                .toList();
        int longest = entries.stream().mapToInt(e -> e.template().segmentCount()).max().orElse(0);
        this.bySegments = new Entry[longest + 1][];
        for (int n = 0; n <= longest; n++) {
            int count = n;
            bySegments[n] = entries.stream().filter(e -> e.template().segmentCount() == count).toArray(Entry[]::new);
        }
    }

    public static RouteTable fromResource(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Route file " + resource + " is not on the class path: build the gateway"
                        + " with Maven (the merge-openapi step writes it from the services' OpenAPI documents).");
            }
            return new RouteTable(new ObjectMapper().readValue(in, RouteFile.class).routes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read route file " + resource, e);
        }
    }

    /** The route of the most specific template matching {@code path}, if any service serves it. */
    public Optional<Route> resolve(String path) {
        return Optional.ofNullable(find(path));
    }

    /**
     * As {@link #resolve}, or {@code null}: the path is split once and tried only against the templates of its number
     * of segments, in the same order.
     */
    public Route find(String path) {
        if (path == null || !path.startsWith("/")) {
            return null;
        }
        int segments = PathTemplate.segmentCount(path);
        Entry[] candidates = segments < bySegments.length ? bySegments[segments] : NONE;
        if (candidates.length == 0) {
            return null;
        }
        String[] parts = PathTemplate.split(path, segments);
        for (Entry entry : candidates) {
            if (entry.template().matches(parts)) {
                return entry.route();
            }
        }
        return null;
    }

    public List<Route> routes() {
        return entries.stream().map(Entry::route).toList();
    }

    public Set<String> services() {
        Set<String> names = new TreeSet<>();
        entries.forEach(e -> names.add(e.route().service()));
        return names;
    }
}
