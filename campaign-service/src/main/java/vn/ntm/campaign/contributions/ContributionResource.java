package vn.ntm.campaign.contributions;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.campaign.contributions.ContributionApi.ContributionRequest;
import vn.ntm.campaign.contributions.ContributionApi.ContributionView;
import vn.ntm.campaign.support.Examples;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

@Path("/api/v1/campaigns/{id}/contributions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contributions", description = "What residents contribute to campaigns, and the totals")
public class ContributionResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ContributionService service;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: the contribution's commune is outside the caller's commune or province", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Record a contribution to a campaign", operationId = "campaign_addContribution",
            description = "The commune must be inside the campaign's scope on contributedOn, which must fall in the campaign's period. "
                    + "Send an Idempotency-Key when the write may be retried: a retry with the same key and body is answered with the "
                    + "first answer (header Idempotent-Replayed: true) and records nothing; the same key with another body is a 422.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ContributionRequest.class), examples = {
            @ExampleObject(name = "money", value = Examples.CONTRIBUTION_MONEY),
            @ExampleObject(name = "land", value = Examples.CONTRIBUTION_LAND),
            @ExampleObject(name = "materials", value = Examples.CONTRIBUTION_MATERIALS)}))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ContributionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, a quantity missing or not matching the kind, malformed JSON", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The campaign changed while the request was checked; send it again", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown commune, outside the campaign's scope or period; Idempotency-Key reused with another body", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "communes-service did not answer; nothing was written", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("id") UUID campaignId, @Valid @NotNull ContributionRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.add(campaignId, request)).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List the contributions to a campaign", operationId = "campaign_listContributions", description = "Latest first.")
    @APIResponse(responseCode = "200", description = "A page of contributions")
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ContributionView> list(
            @PathParam("id") UUID campaignId,
            @QueryParam("commune") @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") @Parameter(example = "10894") String commune,
            @QueryParam("kind") @Pattern(regexp = "MONEY|LAND|LABOUR|MATERIALS", message = "must be MONEY, LAND, LABOUR or MATERIALS") String kind,
            @QueryParam("from") @Parameter(example = "2024-01-01") LocalDate from,
            @QueryParam("to") @Parameter(example = "2024-12-31") LocalDate to,
            @BeanParam @Valid PageQuery page) {
        ContributionTotalsResource.checkRange(from, to);
        return service.list(campaignId, commune, kind == null ? null : ContributionKind.valueOf(kind), from, to, page);
    }
}
