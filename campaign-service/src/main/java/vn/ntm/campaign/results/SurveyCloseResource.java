package vn.ntm.campaign.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.campaign.results.ResultApi.SurveyResult;
import vn.ntm.campaign.support.Examples;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

/** OPEN → CLOSED, freezing the result. (One class per path: JAX-RS picks the root class by its path first.) */
@Path("/api/v1/surveys/{id}/close")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survey results", description = "Closing a survey, its frozen result, publication, and the figures other services read")
public class SurveyCloseResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ResultService service;

    @POST
    @Consumes(MediaType.WILDCARD) // no body
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Close a survey and freeze its result", operationId = "campaign_closeSurvey",
            description = "OPEN → CLOSED. Computes, with SQL aggregates, the forms returned, coverage, the rate per question and per village, "
                    + "the overall rate (the overall question's, or the share of forms satisfied on every question when there is none), "
                    + "the reasons given, and pass or fail against the thresholds in force, which are stored with the result. "
                    + "Send the survey's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Closed; the result", content = @Content(schema = @Schema(implementation = SurveyResult.class),
            examples = @ExampleObject(name = "result", value = Examples.RESULT)))
    @APIResponse(responseCode = "404", description = "No such survey (told to administrators; to anyone else an unknown survey is a 403, as a survey outside their scope)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not OPEN", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale ETag", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SurveyResult close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return service.close(id, ifMatch);
    }
}
