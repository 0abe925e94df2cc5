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

/** The campaign-service calls of the composite views, each with its timeout and circuit breaker. */
@RegisterRestClient(configKey = "campaign")
@RegisterClientHeaders
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Timeout(ViewCalls.TIMEOUT_MS)
@CircuitBreaker(requestVolumeThreshold = ViewCalls.BREAKER_VOLUME, failureRatio = ViewCalls.BREAKER_RATIO,
        delay = ViewCalls.BREAKER_DELAY_MS, successThreshold = ViewCalls.BREAKER_SUCCESSES,
        skipOn = {PartNotFound.class, PartRefused.class})
public interface CampaignClient {

    @GET
    @Path("/communes/{code}/satisfaction")
    Uni<JsonNode> satisfaction(@PathParam("code") String code);

    @GET
    @Path("/surveys/statistics")
    Uni<JsonNode> surveyStatistics(@QueryParam("province") String province, @QueryParam("year") int year);

    @GET
    @Path("/contributions/totals")
    Uni<JsonNode> contributionTotals(@QueryParam("province") String province);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return UpstreamAnswers.toException("campaign", response);
    }
}
