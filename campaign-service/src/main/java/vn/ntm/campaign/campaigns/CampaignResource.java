package vn.ntm.campaign.campaigns;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.campaign.campaigns.CampaignApi.CampaignActivityRequest;
import vn.ntm.campaign.campaigns.CampaignApi.CampaignActivityView;
import vn.ntm.campaign.campaigns.CampaignApi.CampaignRequest;
import vn.ntm.campaign.campaigns.CampaignApi.CampaignView;
import vn.ntm.campaign.support.Examples;
import vn.ntm.common.http.Versions;
import vn.ntm.common.audit.AuditEvent;
import vn.ntm.common.audit.AuditTrail;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

@Path("/api/v1/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Campaigns", description = "Campaigns and emulation movements, their scope and activities")
public class CampaignResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    CampaignService service;

    @Inject
    AuditTrail audit;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: a province officer of another province, a Front surveyor for a campaign beyond its own commune, or another role", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Create a campaign or emulation movement", operationId = "campaign_createCampaign",
            description = "Communes of a COMMUNES scope are checked against communes-service as of startDate.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CampaignRequest.class), examples = {
            @ExampleObject(name = "province", value = Examples.CAMPAIGN_PROVINCE),
            @ExampleObject(name = "communes", value = Examples.CAMPAIGN_COMMUNES)}))
    @APIResponse(responseCode = "201", description = "Created", headers = {
            @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = CampaignView.class), examples = @ExampleObject(name = "created", value = Examples.CAMPAIGN_VIEW)))
    @APIResponse(responseCode = "400", description = "Invalid fields or malformed JSON", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A commune is unknown or did not exist on startDate", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "communes-service did not answer; nothing was written", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull CampaignRequest request, @Context UriInfo uri) {
        CampaignView view = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .tag(Versions.etag(view.version())).entity(view).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "List campaigns", operationId = "campaign_listCampaigns",
            description = "Newest first. `province` finds province-wide campaigns and campaigns naming a commune of that province; "
                    + "`commune` finds campaigns that name the commune in their scope.")
    @APIResponse(responseCode = "200", description = "A page of campaigns")
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<CampaignView> list(
            @QueryParam("province") @Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit GSO province code") @Parameter(example = "30") String province,
            @QueryParam("commune") @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") @Parameter(example = "10894") String commune,
            @QueryParam("kind") @Pattern(regexp = "CAMPAIGN|EMULATION_MOVEMENT", message = "must be CAMPAIGN or EMULATION_MOVEMENT") String kind,
            @QueryParam("activeOn") @Parameter(description = "Only campaigns running on this date", example = "2024-06-01") LocalDate activeOn,
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Words of the name, with or without diacritics", example = "chung suc") String q,
            @BeanParam @Valid PageQuery page) {
        return service.list(province, commune, kind == null ? null : CampaignKind.valueOf(kind), activeOn, q, page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Read a campaign", operationId = "campaign_getCampaign")
    @APIResponse(responseCode = "200", description = "The campaign; its ETag is needed to change it",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CampaignView.class), examples = @ExampleObject(name = "campaign", value = Examples.CAMPAIGN_VIEW)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        CampaignView view = service.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: the campaign, as it is or as it would become, is not the caller's to organise", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Change a campaign", operationId = "campaign_updateCampaign",
            description = "Replaces name, kind, organiser, scope, period and description. Send the ETag read with GET in If-Match. "
                    + "Refused (409) when recorded contributions or activities would fall outside the new scope or period.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CampaignRequest.class), examples = @ExampleObject(name = "communes", value = Examples.CAMPAIGN_COMMUNES)))
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign (told to administrators; to anyone else an unknown campaign is a 403, as a campaign outside their scope)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Recorded contributions or activities would fall outside", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale ETag", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "communes-service did not answer", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CampaignRequest request) {
        CampaignView view = service.update(id, ifMatch, request);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @PermitAll
    @Operation(summary = "Audit trail of a campaign", operationId = "campaign_campaignHistory",
            description = "Every write to the campaign and to what is recorded under it (activities, contributions), newest first.")
    @APIResponse(responseCode = "400", description = "Invalid page or size", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of audit events")
    @APIResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<AuditEvent> history(@PathParam("id") UUID id, @BeanParam @Valid PageQuery page) {
        service.get(id);
        return audit.forRecord("/api/v1/campaigns/" + id, page);
    }

    @POST
    @Path("/{id}/activities")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: the campaign is not the caller's to organise", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Record an activity of the campaign", operationId = "campaign_addActivity",
            description = "The activity must start within the campaign's period; its commune, if any, must be inside the scope.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CampaignActivityRequest.class), examples = @ExampleObject(name = "activity", value = Examples.ACTIVITY)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = CampaignActivityView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such campaign (told to administrators; to anyone else an unknown campaign is a 403, as a campaign outside their scope)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Outside the campaign's period or scope", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "communes-service did not answer", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response addActivity(@PathParam("id") UUID id, @Valid @NotNull CampaignActivityRequest request, @Context UriInfo uri) {
        CampaignActivityView view = service.addActivity(id, request);
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("/{id}/activities")
    @PermitAll
    @Operation(summary = "List the activities of a campaign", operationId = "campaign_listActivities", description = "Latest start date first.")
    @APIResponse(responseCode = "400", description = "Invalid page or size", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of activities")
    @APIResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<CampaignActivityView> activities(@PathParam("id") UUID id, @BeanParam @Valid PageQuery page) {
        return service.activities(id, page);
    }
}
