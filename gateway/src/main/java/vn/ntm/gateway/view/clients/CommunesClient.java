package vn.ntm.gateway.view.clients;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The communes-service calls of the composite views (docs/architecture.md, "gateway (views)"). Each call has its own
 * timeout and circuit breaker; no retry, so that a view stays within its one-second budget.
 */
@RegisterRestClient(configKey = "communes")
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(ViewCalls.TIMEOUT_MS)
@CircuitBreaker(requestVolumeThreshold = ViewCalls.BREAKER_VOLUME, failureRatio = ViewCalls.BREAKER_RATIO,
        delay = ViewCalls.BREAKER_DELAY_MS, successThreshold = ViewCalls.BREAKER_SUCCESSES,
        skipOn = {PartNotFound.class, PartRefused.class})
public interface CommunesClient {

    @GET
    @Path("/communes/{code}")
    Uni<JsonNode> commune(@PathParam("code") String code);

    @GET
    @Path("/communes/{code}/recognitions")
    Uni<JsonNode> recognitions(@PathParam("code") String code);

    @GET
    @Path("/assessments")
    Uni<JsonNode> assessments(@QueryParam("commune") String commune, @QueryParam("size") int size);

    @GET
    @Path("/provinces/{code}/progress")
    Uni<JsonNode> progress(@PathParam("code") String province, @QueryParam("year") int year);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return UpstreamAnswers.toException("communes", response);
    }
}
