package vn.ntm.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.ntm.gateway.routing.PathTemplate;
import vn.ntm.gateway.routing.Route;

/**
 * Merges the services' OpenAPI documents into the one document the gateway publishes, and derives the route table
 * from the same paths.
 *
 * <p>Rules, each failing the merge with a message naming the services involved:
 * <ul>
 *   <li>every path lives under {@code /api/v1/}, outside {@code /api/v1/views/} (the gateway's own views);</li>
 *   <li>a path shape ({@code /api/v1/communes/{}}) belongs to one service only;</li>
 *   <li>every operation has an {@code operationId}, unique across the platform;</li>
 *   <li>a component (schema, response, parameter...) defined by several services must be identical in all of them:
 *       identical ones (such as {@code Problem}) are kept once;</li>
 *   <li>a tag belongs to one service; the tags are grouped per service ({@code x-tagGroups}).</li>
 * </ul>
 * The services' {@code info} and {@code servers} are dropped: the gateway is the server and has its own title.
 */
public final class OpenApiMerger {

    static final String API_PREFIX = "/api/v1/";
    static final String VIEWS_PREFIX = "/api/v1/views/";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * The merged document and its routes.
     *
     * @param document the merged OpenAPI document
     * @param routes   one route per documented path, sorted by path
     */
    public record Result(ObjectNode document, List<Route> routes) {
    }

    private final ObjectNode paths = JSON.objectNode();
    private final ObjectNode components = JSON.objectNode();
    private final ObjectNode webhooks = JSON.objectNode();
    private final Map<String, String> componentOwners = new HashMap<>();
    private final Map<String, String> shapeOwners = new HashMap<>();
    private final Map<String, String> operationOwners = new HashMap<>();
    private final Map<String, String> tagOwners = new LinkedHashMap<>();
    private final Map<String, ObjectNode> tags = new LinkedHashMap<>();
    private final Map<String, List<String>> tagsByService = new LinkedHashMap<>();
    private final List<Route> routes = new ArrayList<>();
    private String version;

    private OpenApiMerger() {
    }

    /** Merges the documents, given by service name in the order the groups should appear. */
    public static Result merge(Map<String, JsonNode> documents) {
        OpenApiMerger merger = new OpenApiMerger();
        JsonNode sharedSecurity = sharedTopLevelSecurity(documents);
        documents.forEach((service, doc) -> merger.add(service, doc, sharedSecurity == null));
        return merger.result(sharedSecurity);
    }

    private void add(String service, JsonNode doc, boolean pushDownSecurity) {
        if (doc == null || !doc.isObject() || !doc.path("openapi").isTextual()) {
            throw new OpenApiMergeException(service + ": not an OpenAPI document (no 'openapi' version field).");
        }
        checkVersion(service, doc.get("openapi").asText());
        tagsByService.putIfAbsent(service, new ArrayList<>());
        for (JsonNode tag : doc.path("tags")) {
            declareTag(service, tag.path("name").asText(), (ObjectNode) tag);
        }
        JsonNode security = pushDownSecurity ? doc.get("security") : null;
        Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> path = it.next();
            addPath(service, path.getKey(), (ObjectNode) path.getValue().deepCopy(), security);
        }
        Iterator<Map.Entry<String, JsonNode>> sections = doc.path("components").fields();
        while (sections.hasNext()) {
            Map.Entry<String, JsonNode> section = sections.next();
            addComponents(service, section.getKey(), section.getValue());
        }
        Iterator<Map.Entry<String, JsonNode>> hooks = doc.path("webhooks").fields();
        while (hooks.hasNext()) {
            Map.Entry<String, JsonNode> hook = hooks.next();
            String owner = componentOwners.putIfAbsent("webhooks/" + hook.getKey(), service);
            if (owner != null) {
                throw new OpenApiMergeException("Webhook '" + hook.getKey() + "' is declared by both " + owner + " and " + service + ".");
            }
            webhooks.set(hook.getKey(), hook.getValue().deepCopy());
        }
    }

    private void checkVersion(String service, String docVersion) {
        String majorMinor = docVersion.replaceAll("^(\\d+\\.\\d+).*$", "$1");
        if (!majorMinor.startsWith("3.")) {
            throw new OpenApiMergeException(service + ": OpenAPI " + docVersion + " is not OpenAPI 3.");
        }
        if (version == null) {
            version = docVersion;
        } else if (!version.startsWith(majorMinor)) {
            throw new OpenApiMergeException(service + " writes OpenAPI " + docVersion + " while another service writes "
                    + version + "; generate all documents with the same OpenAPI version.");
        }
    }

    private void addPath(String service, String path, ObjectNode item, JsonNode security) {
        if (!path.startsWith(API_PREFIX)) {
            throw new OpenApiMergeException(service + " documents " + path + ", outside " + API_PREFIX
                    + ": every public endpoint lives under " + API_PREFIX + " (conventions).");
        }
        if (path.startsWith(VIEWS_PREFIX)) {
            throw new OpenApiMergeException(service + " documents " + path + ", but " + VIEWS_PREFIX
                    + " belongs to the gateway's composite views.");
        }
        String shape = PathTemplate.parse(path).shape();
        String owner = shapeOwners.putIfAbsent(shape, service);
        if (owner != null) {
            throw new OpenApiMergeException("Path " + path + " is served by both " + owner + " and " + service
                    + " (same shape " + shape + "); one path belongs to one service.");
        }
        List<String> methods = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!METHODS.contains(field.getKey())) {
                continue;
            }
            String method = field.getKey().toUpperCase(Locale.ROOT);
            ObjectNode operation = (ObjectNode) field.getValue();
            checkOperationId(service, method, path, operation);
            for (JsonNode tag : operation.path("tags")) {
                declareTag(service, tag.asText(), null);
            }
            if (security != null && !operation.has("security")) {
                operation.set("security", security.deepCopy());
            }
            methods.add(method);
        }
        paths.set(path, item);
        routes.add(new Route(service, path, methods.stream().sorted().toList()));
    }

    private void checkOperationId(String service, String method, String path, ObjectNode operation) {
        String id = operation.path("operationId").asText("");
        if (id.isBlank()) {
            throw new OpenApiMergeException(service + ": " + method + " " + path + " has no operationId; give it"
                    + " @Operation(operationId = \"" + service + "_...\").");
        }
        String owner = operationOwners.putIfAbsent(id, service + " " + method + " " + path);
        if (owner != null) {
            throw new OpenApiMergeException("operationId '" + id + "' is used by " + owner + " and by " + service + " "
                    + method + " " + path + "; operationIds are unique platform-wide.");
        }
    }

    private void declareTag(String service, String name, ObjectNode definition) {
        if (name == null || name.isBlank()) {
            return;
        }
        String owner = tagOwners.putIfAbsent(name, service);
        if (owner != null && !owner.equals(service)) {
            throw new OpenApiMergeException("Tag '" + name + "' is used by both " + owner + " and " + service
                    + "; each service has its own tags.");
        }
        if (owner == null) {
            tagsByService.computeIfAbsent(service, s -> new ArrayList<>()).add(name);
        }
        if (definition != null) {
            tags.put(name, definition.deepCopy());
        } else {
            tags.putIfAbsent(name, JSON.objectNode().put("name", name));
        }
    }

    private void addComponents(String service, String section, JsonNode entries) {
        ObjectNode target = components.has(section) ? (ObjectNode) components.get(section) : components.putObject(section);
        Iterator<Map.Entry<String, JsonNode>> it = entries.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = section + "/" + entry.getKey();
            JsonNode existing = target.get(entry.getKey());
            if (existing == null) {
                target.set(entry.getKey(), entry.getValue().deepCopy());
                componentOwners.put(key, service);
            } else if (!existing.equals(entry.getValue())) {
                throw new OpenApiMergeException("components." + section + "." + entry.getKey() + " differs between "
                        + componentOwners.get(key) + " and " + service + ". Names are platform-wide: give one of them a"
                        + " prefixed name (@Schema(name = \"...\")) or make them identical.");
            }
        }
    }

    /** The top-level security requirement shared by every document, or null when they differ (then pushed down). */
    private static JsonNode sharedTopLevelSecurity(Map<String, JsonNode> documents) {
        JsonNode first = null;
        boolean firstSeen = false;
        for (JsonNode doc : documents.values()) {
            JsonNode security = doc == null ? null : doc.get("security");
            if (!firstSeen) {
                first = security;
                firstSeen = true;
            } else if (first == null ? security != null : !first.equals(security)) {
                return null;
            }
        }
        return first == null ? JSON.nullNode() : first;
    }

    private Result result(JsonNode sharedSecurity) {
        ObjectNode doc = JSON.objectNode();
        doc.put("openapi", version == null ? "3.1.0" : version);
        doc.putObject("info").put("title", "NTM Platform API").put("version", "1.0.0");
        if (sharedSecurity != null && !sharedSecurity.isNull()) {
            doc.set("security", sharedSecurity.deepCopy());
        }
        if (!tags.isEmpty()) {
            ArrayNode tagList = doc.putArray("tags");
            tags.values().forEach(tagList::add);
            ArrayNode groups = doc.putArray("x-tagGroups");
            tagsByService.forEach((service, names) -> {
                if (!names.isEmpty()) {
                    ObjectNode group = groups.addObject().put("name", service);
                    names.forEach(group.putArray("tags")::add);
                }
            });
        }
        ObjectNode sortedPaths = doc.putObject("paths");
        new TreeMap<String, JsonNode>(toMap(paths)).forEach(sortedPaths::set);
        if (!webhooks.isEmpty()) {
            doc.set("webhooks", webhooks);
        }
        ObjectNode sortedComponents = doc.putObject("components");
        new TreeMap<>(toMap(components)).forEach((section, entries) ->
                new TreeMap<>(toMap((ObjectNode) entries)).forEach(sortedComponents.with(section)::set));
        List<Route> sortedRoutes = routes.stream().sorted(java.util.Comparator.comparing(Route::path)).toList();
        return new Result(doc, sortedRoutes);
    }

    private static Map<String, JsonNode> toMap(ObjectNode node) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
