package vn.ntm.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service on a plain socket, for what WireMock cannot do: answer before reading the body and close the
 * connection mid-upload, or close a kept-alive connection just as the next request arrives. All three services'
 * addresses point at it.
 *
 * <ul>
 *   <li>{@code GET /api/v1/communes/10700}: the first request on a connection is answered (kept alive), the second
 *       is read and the connection closed without an answer: a stale pooled connection.</li>
 *   <li>{@code POST /api/v1/ocop/products}: a 413 problem right after the headers, {@code Connection: close}, the
 *       rest of the upload read and dropped, then the connection closed (as a careful server refuses).</li>
 *  * </ul>
 */
public class RawService implements QuarkusTestResourceLifecycleManager {

    public static final String REFUSAL = "{\"type\":\"https://ntm.example/problems/payload-too-large\","
            + "\"title\":\"Request body too large\",\"status\":413,\"detail\":\"Refused by the service.\","
            + "\"instance\":\"/api/v1/ocop/products\",\"requestId\":\"from-service\"}";

    /** Requests whose headers the service read, per request line. */
    public static final Map<String, AtomicInteger> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    private ServerSocket server;
    private ExecutorService threads;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        threads = Executors.newCachedThreadPool();
        threads.submit(this::accept);
        String url = "http://localhost:" + server.getLocalPort();
        return Map.of("ntm.gateway.upstreams.communes", url, "ntm.gateway.upstreams.ocop", url,
                "ntm.gateway.upstreams.campaign", url);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                threads.submit(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            int onThisConnection = 0;
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String line = head.substring(0, head.indexOf('\r'));
                SEEN.computeIfAbsent(line.substring(0, line.lastIndexOf(' ')), k -> new AtomicInteger()).incrementAndGet();
                onThisConnection++;
                if (line.startsWith("GET /api/v1/communes/10700 ")) {
                    if (onThisConnection > 1) {
                        return; // closes a kept-alive connection under the request
                    }
                    answer(out, 200, "application/json", "{\"code\":\"10700\"}", false);
                } else if (line.startsWith("POST /api/v1/ocop/products ")) {
                    answer(out, 413, "application/problem+json", REFUSAL, true);
                    socket.shutdownOutput();
                    in.transferTo(OutputStream.nullOutputStream());
                    return;
                } else {
                    answer(out, 404, "application/problem+json", "{\"status\":404}", false);
                }
            }
        } catch (SocketException e) {
            // the gateway reset the connection
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(OutputStream out, int status, String type, String body, boolean close) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length
                + "\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    /** The request line and headers; a GET's body is empty and the uploads are never read here. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.US_ASCII);
            }
        }
        return null;
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
