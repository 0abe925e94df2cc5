package vn.ntm.campaign.communes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** communes-service, as docs/architecture.md defines the call: {@code GET /api/v1/communes/{code}?asOf=}. */
@RegisterRestClient(configKey = "communes")
@Path("/api/v1/communes")
@Produces(MediaType.APPLICATION_JSON)
public interface CommunesClient {

    @GET
    @Path("/{code}")
    CommuneAnswer commune(@PathParam("code") String code, @QueryParam("asOf") String asOf);
}
