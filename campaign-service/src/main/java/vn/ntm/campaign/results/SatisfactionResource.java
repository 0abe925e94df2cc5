package vn.ntm.campaign.results;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.campaign.Level;
import vn.ntm.campaign.results.ResultApi.SurveyResult;
import vn.ntm.campaign.support.Examples;
import vn.ntm.common.problem.Problem;

/** The satisfaction figures communes-service reads before a recognition (contract in docs/architecture.md). */
@Path("/api/v1/communes/{code}/satisfaction")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survey results")
public class SatisfactionResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ResultService service;

    @GET
    @PermitAll
    @Operation(summary = "Latest closed satisfaction result of a commune", operationId = "campaign_communeSatisfaction",
            description = "Read by communes-service before a recognition. level (RECOGNITION surveys at that level) and year are optional; "
                    + "without them, the latest closed survey of any purpose.")
    @APIResponse(responseCode = "200", description = "The latest matching result", content = @Content(schema = @Schema(implementation = SurveyResult.class),
            examples = @ExampleObject(name = "result", value = Examples.RESULT)))
    @APIResponse(responseCode = "400", description = "Invalid code, level or year", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No closed survey matches", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SurveyResult satisfaction(
            @PathParam("code") @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") @Parameter(example = "10903") String code,
            @QueryParam("level") @Pattern(regexp = "NTM|ADVANCED|MODEL", message = "must be NTM, ADVANCED or MODEL") @Parameter(example = "ADVANCED") String level,
            @QueryParam("year") @Min(value = 2000, message = "must be between 2000 and 2100") @Max(value = 2100, message = "must be between 2000 and 2100") @Parameter(example = "2026") Integer year) {
        return service.satisfaction(code, level == null ? null : Level.valueOf(level), year);
    }
}
