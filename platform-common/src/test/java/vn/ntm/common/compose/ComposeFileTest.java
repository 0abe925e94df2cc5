package vn.ntm.common.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Docker cannot run on our machines, so docker-compose.yml is checked against the real configuration instead:
 * every service, port, database and environment variable it names must be one the services actually read.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> SERVICES = Set.of("communes-service", "ocop-service", "campaign-service", "gateway");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{(NTM_[A-Z0-9_]+)");

    private static JsonNode compose;

    @BeforeAll
    static void read() throws IOException {
        compose = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
    }

    @Test
    void namesExactlyThePlatformsProcesses() {
        Set<String> names = new HashSet<>();
        compose.get("services").fieldNames().forEachRemaining(names::add);
        Set<String> expected = new HashSet<>(SERVICES);
        expected.add("postgres");
        assertThat(names).isEqualTo(expected);
        assertThat(compose.at("/services/postgres/image").asText()).isEqualTo("postgres:17");
    }

    @Test
    void eachServicePublishesTheIdsPortItListensOnAndIsBuiltFromItsDockerfile() throws IOException {
        for (String service : SERVICES) {
            JsonNode node = compose.at("/services/" + service);
            Properties props = properties(service);
            String port = props.getProperty("quarkus.http.port");
            assertThat(node.at("/environment/QUARKUS_HTTP_PORT").asText()).as(service).isEqualTo(port);
            assertThat(node.get("ports").get(0).asText()).as(service).isEqualTo(port + ":" + port);

            Path context = ROOT.resolve(node.at("/build/context").asText()).normalize();
            assertThat(context).as(service).isEqualTo(ROOT.resolve(service));
            Path dockerfile = context.resolve(node.at("/build/dockerfile").asText());
            assertThat(dockerfile).as(service).exists();
            assertThat(Files.readString(dockerfile)).as(service).contains("EXPOSE " + port);
            assertThat(node.at("/healthcheck/test").toString()).as(service).contains(":" + port + "/q/health/ready");
        }
    }

    @Test
    void everyVariableGivenToAServiceIsOneItReadsAndEveryUpstreamItReadsIsGiven() throws IOException {
        for (String service : SERVICES) {
            Set<String> read = referencedVariables(service);
            Set<String> given = new HashSet<>();
            compose.at("/services/" + service + "/environment").fieldNames().forEachRemaining(given::add);
            given.remove("QUARKUS_HTTP_PORT");
            assertThat(read).as(service + " reads these NTM_* variables").containsAll(given);
            Set<String> upstreams = new HashSet<>();
            for (String variable : read) {
                if (variable.endsWith("_URL") && !variable.equals("NTM_DB_URL")) {
                    upstreams.add(variable);
                }
            }
            assertThat(given).as(service + " must be told where its upstreams are inside compose").containsAll(upstreams);
        }
    }

    @Test
    void eachDatabaseServiceGetsItsOwnDatabaseOnTheComposePostgres() throws IOException {
        String createSql = Files.readString(ROOT.resolve("docs/compose/create-databases.sql"));
        String volume = compose.at("/services/postgres/volumes").toString();
        assertThat(volume).contains("./docs/compose/create-databases.sql:/docker-entrypoint-initdb.d/");
        Set<String> databases = new HashSet<>();
        for (String service : SERVICES) {
            Properties props = properties(service);
            String url = props.getProperty("quarkus.datasource.jdbc.url");
            if (url == null) {
                assertThat(service).isEqualTo("gateway");
                continue;
            }
            Matcher db = Pattern.compile("\\$\\{(NTM_[A-Z]+_DB):([a-z_]+)}").matcher(url);
            assertThat(db.find()).as(service + " datasource names its database variable").isTrue();
            JsonNode env = compose.at("/services/" + service + "/environment");
            String database = env.get(db.group(1)).asText();
            assertThat(database).as(service).isEqualTo(db.group(2));
            assertThat(createSql).contains("CREATE DATABASE " + database + ";");
            assertThat(env.get("NTM_DB_USER").asText()).isEqualTo(compose.at("/services/postgres/environment/POSTGRES_USER").asText());
            assertThat(env.get("NTM_DB_PASSWORD").asText()).isEqualTo(compose.at("/services/postgres/environment/POSTGRES_PASSWORD").asText());
            assertThat(compose.at("/services/" + service + "/depends_on/postgres/condition").asText()).isEqualTo("service_healthy");
            databases.add(database);
        }
        assertThat(databases).hasSize(3);
    }

    @Test
    void everyProcessThatValidatesTokensGetsThePublicKey() {
        for (String service : SERVICES) {
            JsonNode node = compose.at("/services/" + service);
            String location = node.at("/environment/NTM_JWT_PUBLIC_KEY_LOCATION").asText();
            assertThat(location).as(service).startsWith("file:");
            String mounted = location.substring("file:".length());
            assertThat(node.get("volumes").toString()).as(service).contains(":" + mounted + ":ro");
        }
    }

    @Test
    void theGatewayWaitsForHealthyServices() {
        JsonNode dependsOn = compose.at("/services/gateway/depends_on");
        for (String service : SERVICES) {
            if (!service.equals("gateway")) {
                assertThat(dependsOn.at("/" + service + "/condition").asText()).isEqualTo("service_healthy");
            }
        }
    }

    private static Properties properties(String service) throws IOException {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service + "/src/main/resources/application.properties"))) {
            props.load(reader);
        }
        return props;
    }

    private static Set<String> referencedVariables(String service) throws IOException {
        Set<String> names = new HashSet<>();
        Properties props = properties(service);
        for (Map.Entry<Object, Object> entry : props.entrySet()) {
            Matcher m = ENV_REFERENCE.matcher(entry.getValue().toString());
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
