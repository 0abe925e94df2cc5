package vn.ntm.ocop.commune;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** communes-service, as docs/architecture.md states the contract: {@code GET /api/v1/communes/{code}?asOf=}. */
@RegisterRestClient(configKey = "communes")
@Path("/api/v1/communes")
public interface CommunesClient {

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    CommuneAnswer commune(@PathParam("code") String code, @QueryParam("asOf") LocalDate asOf);
}
