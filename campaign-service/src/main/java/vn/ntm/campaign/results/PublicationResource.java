package vn.ntm.campaign.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.campaign.results.ResultApi.PublicationRequest;
import vn.ntm.campaign.results.ResultApi.PublicationView;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

/** Where and when a result was made public. */
@Path("/api/v1/surveys/{id}/publication")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survey results")
public class PublicationResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ResultService service;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Record where and when the result was made public", operationId = "campaign_recordPublication",
            description = "Village cultural houses, the commune office, the commune loudspeakers... One call per publication event; "
                    + "they are listed with the result.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such survey (told to administrators; to anyone else an unknown survey is a 403, as a survey outside their scope)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not closed yet", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Dated before the survey closed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("id") UUID id, @Valid @NotNull PublicationRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.publish(id, request)).build();
    }
}
