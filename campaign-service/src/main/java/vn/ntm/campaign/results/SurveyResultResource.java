package vn.ntm.campaign.results;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.campaign.results.ResultApi.SurveyResult;
import vn.ntm.campaign.support.Examples;
import vn.ntm.common.problem.Problem;

/** The frozen result of a closed survey. */
@Path("/api/v1/surveys/{id}/results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survey results")
public class SurveyResultResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ResultService service;

    @GET
    @PermitAll
    @Operation(summary = "The result of a closed survey", operationId = "campaign_surveyResults")
    @APIResponse(responseCode = "200", description = "The frozen result", content = @Content(schema = @Schema(implementation = SurveyResult.class),
            examples = @ExampleObject(name = "result", value = Examples.RESULT)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such survey", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not closed yet", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SurveyResult results(@PathParam("id") UUID id) {
        return service.results(id);
    }
}
