package vn.ntm.gateway.routing;

import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import vn.ntm.gateway.GatewayConfig;

/** The services behind the gateway: their addresses from configuration and one pooled HTTP client for all of them. */
@ApplicationScoped
public class Upstreams {

    private final Map<String, URI> addresses;
    private final HttpClient client;
    private final GatewayConfig config;

    Upstreams(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.addresses = new TreeMap<>();
        config.upstreams().forEach((name, uri) -> addresses.put(name, validate(name, uri)));
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                .setKeepAlive(true)
                .setDecompressionSupported(false); // bodies pass through as the service encoded them
        PoolOptions pool = new PoolOptions()
                .setHttp1MaxSize(config.proxy().maxConnections())
                .setMaxWaitQueueSize(config.proxy().maxWaitQueue());
        this.client = vertx.createHttpClient(options, pool);
    }

    private static URI validate(String name, URI uri) {
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("ntm.gateway.upstreams." + name + " must be an http(s) URL with a host, not " + uri);
        }
        if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
            throw new IllegalArgumentException("ntm.gateway.upstreams." + name + " must not have a path: the gateway"
                    + " forwards /api/v1/... unchanged (" + uri + ")");
        }
        return uri;
    }

    public Map<String, URI> addresses() {
        return addresses;
    }

    public boolean has(String name) {
        return addresses.containsKey(name);
    }

    public HttpClient client() {
        return client;
    }

    /** Options of a request to {@code service}, with the proxy's response timeout. */
    public RequestOptions requestTo(String service) {
        URI uri = addresses.get(service);
        boolean tls = "https".equals(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : (tls ? 443 : 80);
        return new RequestOptions()
                .setHost(uri.getHost())
                .setPort(port)
                .setSsl(tls)
                .setIdleTimeout(config.proxy().responseTimeout().toMillis());
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
    }
}
