package vn.ntm.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ntm.gateway.routing.RouteFile;
import vn.ntm.gateway.routing.RouteTable;

/**
 * Build step (exec-maven-plugin, phase process-classes): reads the services' OpenAPI documents and writes
 * {@code META-INF/openapi.yaml}, which SmallRye OpenAPI merges with the gateway's own annotations, and the route
 * file {@value RouteTable#DEFAULT_RESOURCE}. The gateway therefore starts and documents the whole platform without
 * its services running.
 *
 * <p>Arguments: {@code --out <classes dir>} then {@code <service>=<path to openapi.json>} per service.
 */
public final class OpenApiMergeMain {

    private OpenApiMergeMain() {
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        Map<String, Path> sources = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--out") && i + 1 < args.length) {
                out = Path.of(args[++i]);
            } else if (args[i].contains("=")) {
                String[] pair = args[i].split("=", 2);
                sources.put(pair[0], Path.of(pair[1]));
            } else {
                throw new IllegalArgumentException("Usage: --out <dir> <service>=<openapi.json>...; got " + args[i]);
            }
        }
        if (out == null || sources.isEmpty()) {
            throw new IllegalArgumentException("Usage: --out <dir> <service>=<openapi.json>...");
        }
        write(out, sources);
    }

    /** Reads the documents, merges them and writes the merged document and the route file under {@code out}. */
    public static OpenApiMerger.Result write(Path out, Map<String, Path> sources) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        Map<String, String> sourceNames = new LinkedHashMap<>();
        for (Map.Entry<String, Path> source : sources.entrySet()) {
            Path file = source.getValue().toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                throw new OpenApiMergeException("No OpenAPI document for " + source.getKey() + " at " + file + ". The"
                        + " services write it when they are built (quarkus.smallrye-openapi.store-schema-directory):"
                        + " build from the root (./mvnw -B verify) or with -pl gateway -am.");
            }
            try {
                documents.put(source.getKey(), json.readTree(file.toFile()));
            } catch (IOException e) {
                throw new OpenApiMergeException("The OpenAPI document of " + source.getKey() + " at " + file
                        + " is not valid JSON: " + e.getMessage());
            }
            sourceNames.put(source.getKey(), "sha256:" + sha256(file));
        }
        OpenApiMerger.Result result = OpenApiMerger.merge(documents);

        Path yamlFile = out.resolve("META-INF/openapi.yaml");
        Path routeFile = out.resolve(RouteTable.DEFAULT_RESOURCE);
        Files.createDirectories(yamlFile.getParent());
        Files.createDirectories(routeFile.getParent());
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
        yaml.writeValue(yamlFile.toFile(), result.document());
        json.enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(routeFile.toFile(), new RouteFile(sourceNames, result.routes()));
        System.out.printf("[gateway] merged OpenAPI of %s: %d paths -> %s%n", sources.keySet(), result.routes().size(), yamlFile);
        return result;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
