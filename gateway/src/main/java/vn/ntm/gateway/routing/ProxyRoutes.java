package vn.ntm.gateway.routing;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import vn.ntm.common.http.HttpLimits;
import vn.ntm.common.requestid.RequestIds;
import vn.ntm.gateway.GatewayConfig;
import vn.ntm.gateway.cache.CacheFill;
import vn.ntm.gateway.cache.CachedAnswers;
import vn.ntm.gateway.cache.ResponseCache;

/**
 * Passes every documented {@code /api/v1/**} path through to the service that serves it, with the Vert.x reverse
 * proxy: method, headers, query, body and status unchanged, bodies streamed both ways. Paths no service documents
 * fall through to JAX-RS: the gateway's own views, or a 404 problem.
 *
 * <p>Runs after the platform filters (request id, body size, CORS, authentication, rate limit), so a pass-through
 * carries the request id that the gateway accepted or generated, and an answer from the gateway's cache
 * ({@link CachedAnswers}) is counted and authenticated like any other. GETs that may fill the cache go through a
 * proxy with the {@link CacheFill} interceptor; everything else through one without it.
 */
@ApplicationScoped
public class ProxyRoutes {

    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);

    /** Before Quarkus REST (which would answer 404 for these paths), after every filter. */
    static final int ORDER = 1_000;

    /** The two proxies of one service: plain, and storing cacheable answers. */
    private record Proxies(HttpProxy plain, HttpProxy filling) {
    }

    private final RouteTable table;
    private final CachedAnswers answers;
    private final boolean caching;
    private final Map<String, Proxies> proxies = new HashMap<>();

    ProxyRoutes(GatewayConfig config, HttpLimits limits, Upstreams upstreams, CachedAnswers answers, ResponseCache cache) {
        this.table = RouteTable.fromResource(config.routeFile());
        Set<String> missing = new TreeSet<>(table.services());
        missing.removeIf(upstreams::has);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No address for " + missing + ": set ntm.gateway.upstreams.<name> for every"
                    + " service in the route table " + config.routeFile());
        }
        this.answers = answers;
        this.caching = answers.enabled();
        long timeout = config.proxy().responseTimeout().toMillis();
        long maxBody = limits.maxBodySize().asLongValue();
        long maxDrain = config.proxy().maxDrain().asLongValue();
        for (String service : table.services()) {
            HttpProxy plain = HttpProxy.reverseProxy(upstreams.client())
                    .origin(context -> origin(context, upstreams, service))
                    .addInterceptor(new UpstreamInterceptor(service, timeout, maxBody, maxDrain))
                    .addInterceptor(new StaleConnectionRetry(service));
            HttpProxy filling = HttpProxy.reverseProxy(upstreams.client())
                    .origin(context -> origin(context, upstreams, service))
                    .addInterceptor(new UpstreamInterceptor(service, timeout, maxBody, maxDrain))
                    .addInterceptor(new CacheFill(cache))
                    .addInterceptor(new StaleConnectionRetry(service));
            proxies.put(service, new Proxies(plain, filling));
        }
    }

    /**
     * A request to the service. Its failures reach the interceptors through the answer's future; the handler only
     * keeps Vert.x from logging each reset (a body cut at the limit, a stale connection) as an ERROR.
     */
    private static Future<HttpClientRequest> origin(ProxyContext context, Upstreams upstreams, String service) {
        return context.client().request(upstreams.requestTo(service)).map(request -> request.exceptionHandler(
                failure -> LOG.debugf("request to %s failed: %s", service, failure)));
    }

    void register(@Observes Router router) {
        router.route("/api/*").order(ORDER).handler(this::route);
    }

    void logRoutes(@Observes StartupEvent event) {
        LOG.infof("Routing %d documented paths to %s", table.routes().size(), table.services());
    }

    private void route(RoutingContext rc) {
        String path = rc.normalizedPath();
        Route route = table.find(path);
        if (route == null) {
            rc.next();
            return;
        }
        HttpServerRequest request = rc.request();
        Proxies proxy = proxies.get(route.service());
        if (!caching) {
            forward(rc, proxy.plain());
            return;
        }
        HttpMethod method = request.method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            // stored under the path as sent, so only when it is already normalized (no dot segments, no %-escapes
            // of plain characters): the path an unsafe request invalidates is then the same string
            CachedAnswers.Decision decision = path.equals(request.path()) ? answers.tryServe(rc, path) : CachedAnswers.Decision.PASS;
            if (decision != CachedAnswers.Decision.SERVED) {
                forward(rc, decision == CachedAnswers.Decision.FILL ? proxy.filling() : proxy.plain());
            }
            return;
        }
        if (method != HttpMethod.OPTIONS && method != HttpMethod.TRACE) {
            answers.invalidateAfter(rc, path);
        }
        forward(rc, proxy.plain());
    }

    private static void forward(RoutingContext rc, HttpProxy proxy) {
        String requestId = rc.get(RequestIds.CONTEXT_KEY);
        if (requestId != null) {
            // the proxy copies the caller's headers: make the id the gateway accepted or generated one of them
            rc.request().headers().set(RequestIds.HEADER, requestId);
        }
        proxy.handle(rc.request());
    }

    /** For tests and diagnostics. */
    public RouteTable table() {
        return table;
    }

}
