package vn.ntm.gateway.routing;

import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import vn.ntm.common.requestid.RequestIds;
import vn.ntm.gateway.GatewayConfig;

/**
 * Passes every documented {@code /api/v1/**} path through to the service that serves it, with the Vert.x reverse
 * proxy: method, headers, query, body and status unchanged, bodies streamed both ways. Paths no service documents
 * fall through to JAX-RS: the gateway's own views, or a 404 problem.
 *
 * <p>Runs after the platform filters (request id, body size, CORS, rate limit), so a pass-through carries the
 * request id that the gateway accepted or generated.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    /** Before Quarkus REST (which would answer 404 for these paths), after every filter. */
    static final int ORDER = 1_000;

    private final RouteTable table;
    private final Map<String, HttpProxy> proxies = new HashMap<>();

    ProxyRoutes(GatewayConfig config, Upstreams upstreams) {
        this.table = RouteTable.fromResource(config.routeFile());
        Set<String> missing = new TreeSet<>(table.services());
        missing.removeIf(upstreams::has);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No address for " + missing + ": set ntm.gateway.upstreams.<name> for every"
                    + " service in the route table " + config.routeFile());
        }
        long timeout = config.proxy().responseTimeout().toMillis();
        for (String service : table.services()) {
            HttpProxy proxy = HttpProxy.reverseProxy(upstreams.client())
                    .origin(context -> context.client().request(upstreams.requestTo(service)))
                    .addInterceptor(new UpstreamInterceptor(service, timeout));
            proxies.put(service, proxy);
        }
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::route);
    }

    void logRoutes(@Observes StartupEvent event) {
        LOG.infof("Routing %d documented paths to %s", table.routes().size(), table.services());
    }

    private void route(RoutingContext rc) {
        Optional<Route> route = table.resolve(rc.normalizedPath());
        if (route.isEmpty()) {
            rc.next();
            return;
        }
        String requestId = rc.get(RequestIds.CONTEXT_KEY);
        if (requestId != null) {
            // the proxy copies the caller's headers: make the id the gateway accepted or generated one of them
            rc.request().headers().set(RequestIds.HEADER, requestId);
        }
        proxies.get(route.get().service()).handle(rc.request());
    }

    /** For tests and diagnostics. */
    public RouteTable table() {
        return table;
    }

}
