package vn.ntm.gateway.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform as separate processes, started and stopped by the real run command ({@code ./ntm start -d},
 * {@code ./ntm stop}) on free ports and a private NTM_HOME, so the test exercises exactly what a user runs.
 */
final class Platform implements AutoCloseable {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    final Path home;
    final int gatewayPort;
    final int communesPort;
    final int ocopPort;
    final int campaignPort;
    final int dbPort;
    private final Map<String, String> env = new HashMap<>();

    Platform(Path home) {
        this.home = home;
        this.gatewayPort = freePort();
        this.communesPort = freePort();
        this.ocopPort = freePort();
        this.campaignPort = freePort();
        this.dbPort = freePort();
        env.put("NTM_HOME", home.toString());
        env.put("NTM_GATEWAY_PORT", String.valueOf(gatewayPort));
        env.put("NTM_COMMUNES_PORT", String.valueOf(communesPort));
        env.put("NTM_OCOP_PORT", String.valueOf(ocopPort));
        env.put("NTM_CAMPAIGN_PORT", String.valueOf(campaignPort));
        env.put("NTM_DB_PORT", String.valueOf(dbPort));
        env.put("NTM_READY_TIMEOUT", "180");
    }

    String gateway() {
        return "http://localhost:" + gatewayPort;
    }

    List<Integer> ports() {
        return List.of(gatewayPort, communesPort, ocopPort, campaignPort, dbPort);
    }

    String start() {
        return ntm(Duration.ofMinutes(10), "start", "-d");
    }

    String stop() {
        return ntm(Duration.ofMinutes(2), "stop");
    }

    String status() {
        return ntm(Duration.ofSeconds(30), "status");
    }

    /** A development token from {@code ./ntm token}, signed with this platform's keys. */
    String token(String... args) {
        List<String> command = new ArrayList<>(List.of("token"));
        command.addAll(List.of(args));
        String out = ntm(Duration.ofSeconds(60), command.toArray(String[]::new)).strip();
        return out.substring(out.lastIndexOf('\n') + 1);
    }

    static boolean portOpen(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
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
            Path log = Files.createTempFile(home.getParent(), "ntm-" + args[0], ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("./ntm " + String.join(" ", args) + " did not finish in " + timeout);
            }
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("./ntm " + String.join(" ", args) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
