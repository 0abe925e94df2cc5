package vn.ntm.campaign.contributions;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.campaign.contributions.ContributionApi.TotalsView;
import vn.ntm.campaign.contributions.ContributionTotalsQuery.GroupBy;
import vn.ntm.campaign.support.Examples;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;

@Path("/api/v1/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions")
public class ContributionTotalsResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ContributionTotalsQuery query;

    @GET
    @Path("/totals")
    @PermitAll
    @Operation(summary = "Contribution totals", operationId = "campaign_contributionTotals",
            description = "Sums of the contributions matching every filter given (all optional: none means the whole country). "
                    + "province filters on the province communes-service gave for each commune on its contribution date. "
                    + "groupBy adds a page of per-commune, per-campaign or per-province totals (page and size apply to the groups).")
    @APIResponse(responseCode = "200", description = "Totals", content = @Content(schema = @Schema(implementation = TotalsView.class),
            examples = @ExampleObject(name = "province", value = Examples.CONTRIBUTION_TOTALS)))
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public TotalsView totals(
            @QueryParam("province") @Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit GSO province code") @Parameter(example = "30") String province,
            @QueryParam("commune") @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") @Parameter(example = "10894") String commune,
            @QueryParam("campaign") @Parameter(description = "Campaign id") UUID campaign,
            @QueryParam("from") @Parameter(example = "2024-01-01") LocalDate from,
            @QueryParam("to") @Parameter(example = "2024-12-31") LocalDate to,
            @QueryParam("groupBy") @Pattern(regexp = "COMMUNE|CAMPAIGN|PROVINCE", message = "must be COMMUNE, CAMPAIGN or PROVINCE") String groupBy,
            @BeanParam @Valid PageQuery page) {
        checkRange(from, to);
        return query.totals(province, commune, campaign, from, to, groupBy == null ? null : GroupBy.valueOf(groupBy), page);
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalidField("to", "must be on or after from (" + from + ")");
        }
    }
}
