package vn.ntm.campaign.communes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * communes-service: {@code GET /api/v1/communes/{code}?asOf=} (the contract of docs/architecture.md) and
 * {@code GET /api/v1/provinces/{code}?asOf=} for province-wide campaigns, and
 * {@code GET /api/v1/procedure-versions/survey-rule?level=&date=} for the rule a recognition survey is judged by.
 */
@RegisterRestClient(configKey = "communes")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CommunesClient {

    @GET
    @Path("/communes/{code}")
    CommuneAnswer commune(@PathParam("code") String code, @QueryParam("asOf") String asOf);

    @GET
    @Path("/provinces/{code}")
    ProvinceAnswer province(@PathParam("code") String code, @QueryParam("asOf") String asOf);

    @GET
    @Path("/procedure-versions/survey-rule")
    SurveyRuleAnswer surveyRule(@QueryParam("level") String level, @QueryParam("date") String date);
}
