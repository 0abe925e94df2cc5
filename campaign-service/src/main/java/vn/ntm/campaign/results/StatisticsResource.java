package vn.ntm.campaign.results;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import vn.ntm.campaign.results.ResultApi.Statistics;
import vn.ntm.campaign.support.Examples;
import vn.ntm.common.problem.Problem;

/** Survey figures for the gateway's provincial dashboard. */
@Path("/api/v1/surveys/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survey results")
public class StatisticsResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    StatisticsQuery statistics;

    @GET
    @PermitAll
    @Operation(summary = "Survey statistics for a province dashboard", operationId = "campaign_surveyStatistics",
            description = "Surveys per state, passed and failed, households in scope against forms returned (coverage), average and lowest "
                    + "overall rate. Without province, the whole country; without year, every year.")
    @APIResponse(responseCode = "200", description = "Statistics", content = @Content(schema = @Schema(implementation = Statistics.class),
            examples = @ExampleObject(name = "province", value = Examples.STATISTICS)))
    @APIResponse(responseCode = "400", description = "Invalid province or year", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Statistics statistics(
            @QueryParam("province") @Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit GSO province code") @Parameter(example = "31") String province,
            @QueryParam("year") @Min(value = 2000, message = "must be between 2000 and 2100") @Max(value = 2100, message = "must be between 2000 and 2100") @Parameter(example = "2026") Integer year) {
        return statistics.statistics(province, year);
    }
}
