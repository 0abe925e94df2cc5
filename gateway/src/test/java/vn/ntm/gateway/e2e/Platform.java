package vn.ntm.gateway.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.ntm.common.devdb.DevTokens;

/**
 * The whole platform as separate processes, started and stopped by the real run command ({@code ./ntm start -d},
 * {@code ./ntm stop}) on free ports and a private NTM_HOME under {@code gateway/target/} (so {@code mvn clean}
 * removes it), exactly as a user runs it. Nothing is faked: the embedded PostgreSQL, the four service jars built by
 * this very build, the development keys {@code ./ntm} makes.
 */
final class Platform implements AutoCloseable {

    /** The repository root: failsafe runs in the gateway module's directory. */
    static final Path ROOT = Path.of(System.getProperty("ntm.root", "..")).toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("communes-service", "ocop-service", "campaign-service", "gateway");

    final Path home;
    final int gatewayPort;
    final int communesPort;
    final int ocopPort;
    final int campaignPort;
    final int dbPort;
    private final Map<String, String> env = new HashMap<>();

    Platform(Path home) {
        this.home = home.toAbsolutePath().normalize();
        this.gatewayPort = freePort();
        this.communesPort = freePort();
        this.ocopPort = freePort();
        this.campaignPort = freePort();
        this.dbPort = freePort();
        env.put("NTM_HOME", this.home.toString());
        env.put("NTM_GATEWAY_PORT", String.valueOf(gatewayPort));
        env.put("NTM_COMMUNES_PORT", String.valueOf(communesPort));
        env.put("NTM_OCOP_PORT", String.valueOf(ocopPort));
        env.put("NTM_CAMPAIGN_PORT", String.valueOf(campaignPort));
        env.put("NTM_DB_PORT", String.valueOf(dbPort));
        // a shared 2-core CI machine starts four JVMs and PostgreSQL at once: give readiness room
        env.put("NTM_READY_TIMEOUT", "240");
        // The scenario is one province's bulk integration (a few thousand calls in a couple of minutes): the gateway
        // keeps limiting (headers, buckets per subject) with a quota sized for such a client, as a deployment would
        // grant a provincial integration system. The defaults (600 per subject, 120 per address, per minute) are
        // for interactive clients and are covered by the gateway's RateLimitTest.
        env.put("NTM_RATE_LIMIT_API_KEY", "100000");
        env.put("NTM_RATE_LIMIT_ADDRESS", "100000");
    }

    /** A fresh home: whatever an earlier, interrupted run left there is stopped and removed first. */
    static Platform fresh(Path home) {
        Platform platform = new Platform(home);
        if (Files.exists(platform.home.resolve("run"))) {
            platform.stopQuietly();
        }
        deleteRecursively(platform.home);
        try {
            Files.createDirectories(platform.home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return platform;
    }

    String gateway() {
        return "http://localhost:" + gatewayPort;
    }

    /** Every port the platform listens on, by process name. */
    Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("gateway", gatewayPort);
        ports.put("communes-service", communesPort);
        ports.put("ocop-service", ocopPort);
        ports.put("campaign-service", campaignPort);
        ports.put("postgres", dbPort);
        return ports;
    }

    String start() {
        return ntm(Duration.ofMinutes(10), "start", "-d");
    }

    String stop() {
        return ntm(Duration.ofMinutes(3), "stop");
    }

    /** Stops, reporting instead of throwing: for shutdown hooks and clean-up. */
    void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            System.out.println("[e2e] ./ntm stop failed: " + e.getMessage());
        }
    }

    String status() {
        return ntm(Duration.ofSeconds(60), "status");
    }

    /** A development token printed by {@code ./ntm token}, signed with this platform's keys. */
    String token(String... args) {
        List<String> command = new ArrayList<>(List.of("token"));
        command.addAll(List.of(args));
        String out = ntm(Duration.ofMinutes(2), command.toArray(String[]::new)).strip();
        return out.substring(out.lastIndexOf('\n') + 1);
    }

    /**
     * A development token signed in this JVM by the very code {@code ./ntm token} runs ({@code DevTokens}, with the
     * same keys and claims), for the per-commune and per-household tokens: one JVM launch per token would cost the
     * scenario minutes on a 2-core machine.
     */
    String mint(Map<String, String> options) {
        try {
            return DevTokens.token(home.resolve("keys"), options);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a development token with DevTokens", e);
        }
    }

    /**
     * The processes {@code ./ntm} started, by name: the four services, the PostgreSQL launcher ({@code postgres}) and
     * the PostgreSQL server itself ({@code postmaster}, from its data directory).
     */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String name : Stream.concat(SERVICES.stream(), Stream.of("postgres")).toList()) {
            readFirstLine(home.resolve("run").resolve(name + ".pid")).ifPresent(pid -> pids.put(name, Long.parseLong(pid)));
        }
        readFirstLine(home.resolve("postgres").resolve("postmaster.pid")).ifPresent(pid -> pids.put("postmaster", Long.parseLong(pid)));
        return pids;
    }

    /** Processes still alive whose command line names this platform's home (the database launcher and server). */
    List<String> processesNamingHome() {
        String marker = home.toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .map(p -> p.pid() + " " + p.info().commandLine().orElse(""))
                .toList();
    }

    static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    static boolean portOpen(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    Path log(String name) {
        return home.resolve("logs").resolve(name + ".log");
    }

    @Override
    public void close() {
        stop();
    }

    private String ntm(Duration timeout, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("ntm").toString());
        command.addAll(List.of(args));
        try {
            Files.createDirectories(home);
            Path log = Files.createTempFile(home, "ntm-" + args[0] + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("./ntm " + String.join(" ", args) + " did not finish in " + timeout
                        + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("./ntm " + String.join(" ", args) + " failed (exit " + process.exitValue() + "):\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.util.Optional<String> readFirstLine(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return java.util.Optional.empty();
            }
            String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            return first.matches("\\d+") ? java.util.Optional.of(first) : java.util.Optional.empty();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
