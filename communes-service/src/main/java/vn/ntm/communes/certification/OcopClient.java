package vn.ntm.communes.certification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ocop-service: the OCOP products of a commune on a date (docs/architecture.md). */
@RegisterRestClient(configKey = "ocop")
@Path("/api/v1/ocop/communes")
@Produces(MediaType.APPLICATION_JSON)
public interface OcopClient {

    @GET
    @Path("/{code}/summary")
    Summary summary(@PathParam("code") String communeCode, @QueryParam("asOf") String asOf);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(Integer activeProducts, Map<String, Integer> byStars, Integer highestStars) {
    }

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return response.getStatus() == 404 ? new RemoteAnswers.NotFound() : new RemoteAnswers.Failed(response.getStatus());
    }
}
