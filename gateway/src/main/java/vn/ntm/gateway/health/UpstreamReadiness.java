package vn.ntm.gateway.health;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.ntm.gateway.GatewayConfig;
import vn.ntm.gateway.routing.Upstreams;

/**
 * One readiness check per service ({@code upstream-communes}, ...): the service's own {@code /q/health/ready},
 * asked with a short timeout. The gateway reports itself not ready while a service is not, with the service named.
 */
@ApplicationScoped
public class UpstreamReadiness {

    private final Upstreams upstreams;
    private final Duration timeout;
    private final HealthRegistry registry;

    UpstreamReadiness(Upstreams upstreams, GatewayConfig config, @Readiness HealthRegistry registry) {
        this.upstreams = upstreams;
        this.timeout = config.health().timeout();
        this.registry = registry;
    }

    void register(@Observes StartupEvent event) {
        upstreams.addresses().keySet().forEach(service -> registry.register("upstream-" + service, () -> check(service)));
    }

    Uni<HealthCheckResponse> check(String service) {
        String name = "upstream-" + service;
        String url = upstreams.addresses().get(service) + "/q/health/ready";
        RequestOptions options = upstreams.requestTo(service)
                .setMethod(HttpMethod.GET)
                .setURI("/q/health/ready")
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
        return Uni.createFrom().completionStage(() -> upstreams.client().request(options)
                        .compose(request -> request.send())
                        .compose(response -> response.body().map(body -> response.statusCode()))
                        .toCompletionStage())
                .ifNoItem().after(timeout.plusMillis(100)).failWith(() -> new java.util.concurrent.TimeoutException("no answer"))
                .map(status -> HealthCheckResponse.named(name).status(status == 200)
                        .withData("url", url).withData("status", status).build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(name).down()
                        .withData("url", url).withData("error", failure.getClass().getSimpleName() + ": " + failure.getMessage()).build());
    }
}
