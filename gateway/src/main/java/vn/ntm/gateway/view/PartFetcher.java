package vn.ntm.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import vn.ntm.gateway.view.clients.PartNotFound;
import vn.ntm.gateway.view.clients.PartRefused;

/** Runs the backend calls of a view and turns each outcome into a {@link Part}; never fails. */
@ApplicationScoped
class PartFetcher {

    private static final Logger LOG = Logger.getLogger(PartFetcher.class);

    private final Clock clock;

    PartFetcher() {
        this(Clock.systemUTC());
    }

    PartFetcher(Clock clock) {
        this.clock = clock;
    }

    Uni<Part> fetch(String name, String service, Supplier<Uni<JsonNode>> call) {
        return fetch(name, service, call, Function.identity());
    }

    /** Like {@link #fetch(String, String, Supplier)}; {@code select} picks the shown data (null: nothing to show). */
    Uni<Part> fetch(String name, String service, Supplier<Uni<JsonNode>> call, Function<JsonNode, JsonNode> select) {
        return Uni.createFrom().<JsonNode>deferred(call::get)
                .map(answer -> {
                    JsonNode data = select.apply(answer);
                    return data == null || data.isMissingNode() || data.isNull()
                            ? Part.absent(name, service) : Part.available(name, service, data);
                })
                .onFailure(PartNotFound.class).recoverWithItem(() -> Part.absent(name, service))
                .onFailure().recoverWithItem(failure -> {
                    if (failure instanceof PartRefused) {
                        LOG.warnf("View part %s: %s", name, failure.getMessage());
                    } else {
                        LOG.infof("View part %s unavailable: %s", name, failure.toString());
                    }
                    return Part.unavailable(name, service);
                });
    }

    GatewayViewMeta meta(List<Part> parts) {
        TreeSet<String> unavailable = new TreeSet<>();
        Map<String, GatewayPartStatus> statuses = new LinkedHashMap<>();
        for (Part part : parts) {
            statuses.put(part.name(), part.status());
            if (part.isUnavailable()) {
                unavailable.add(part.service());
            }
        }
        return new GatewayViewMeta(!unavailable.isEmpty(), new ArrayList<>(unavailable), statuses, Instant.now(clock));
    }

    static boolean allUnavailable(List<Part> parts) {
        return parts.stream().allMatch(Part::isUnavailable);
    }
}
