package vn.ntm.campaign.datasubject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.campaign.communes.Commune;
import vn.ntm.campaign.datasubject.DataSubjectApi.Completion;
import vn.ntm.campaign.datasubject.DataSubjectApi.NewRequest;
import vn.ntm.campaign.datasubject.DataSubjectApi.RequestView;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

/** Data-subject requests about a household's survey forms (Law 91/2025/QH15): received, answered, carried out. */
@Path("/api/v1/privacy/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.FRONT_SURVEYOR})
public class DataSubjectResource {

    private static final String PROBLEM = "application/problem+json";

    static final String NEW_EXAMPLE = """
            {"kind": "UNLINK", "communeCode": "10966", "householdId": "HGĐ-0042", "requester": "Ông Nguyễn Văn An, chủ hộ",
             "identityCheckedBy": "Trần Thị Bình, công chức Văn phòng - Thống kê xã", "identityDocument": "Căn cước",
             "receivedOn": "2026-12-07", "details": "Yêu cầu xóa liên kết giữa hộ và phiếu khảo sát năm 2025."}""";

    @Inject
    DataSubjectService service;

    @POST
    @Operation(summary = "Receive a data-subject request", operationId = "campaign_receiveDataSubjectRequest",
            description = "Recorded by an official of the household's commune (commune officer or Front surveyor), the province officer, or an "
                    + "administrator, after checking the requester's identity outside the system. The household identifier finds the "
                    + "household's forms (under every household key in use) and is not stored. The answer lists what is held and the time limits.")
    @APIResponse(responseCode = "201", description = "Received, with the items held",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an official of the commune or its province", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown commune, a survey of another commune, a date in the future", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "communes-service or the database did not answer; nothing was recorded", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response receive(@Valid @NotNull @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(
            content = @Content(examples = @ExampleObject(name = "unlink", value = NEW_EXAMPLE))) NewRequest request) {
        Commune commune = service.communeOf(request);
        RequestView view = service.receive(request, commune);
        return Response.created(URI.create("/api/v1/privacy/requests/" + view.id())).tag(Versions.etag(view.version())).entity(view).build();
    }

    @GET
    @Operation(summary = "Work list of data-subject requests", operationId = "campaign_listDataSubjectRequests",
            description = "Within the caller's scope, earliest due first. `overdue=true` lists the requests still RECEIVED after their due date.")
    @APIResponse(responseCode = "200", description = "A page of requests (without the items held)")
    @APIResponse(responseCode = "400", description = "Invalid filter", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another commune or province", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<RequestView> list(
            @QueryParam("province") @Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit province code") @Parameter(example = "31") String province,
            @QueryParam("commune") @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") @Parameter(example = "10966") String commune,
            @QueryParam("state") RequestState state,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @BeanParam @Valid PageQuery page) {
        return service.list(province, commune, state, overdue, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A data-subject request and what is held", operationId = "campaign_getDataSubjectRequest",
            description = "With the household's forms still held: answers, the survey's purpose and legal basis, and when each will be unlinked or erased.")
    @APIResponse(responseCode = "200", description = "The request; its ETag is needed to complete or refuse it",
            content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another commune or province", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such request", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        RequestView view = service.get(id);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @POST
    @Path("/{id}/completion")
    @Operation(summary = "Carry the request out", operationId = "campaign_completeDataSubjectRequest",
            description = "ACCESS: records that the items held were given. UNLINK: removes the household's link to its forms of CLOSED surveys "
                    + "(the frozen results stand). WITHDRAWAL: deletes its form of the OPEN survey. CORRECTION: sets the form of the OPEN "
                    + "survey aside, its answers kept as history, so that the Front enters the corrected one. A kind that the survey's state "
                    + "does not allow is a 409 naming the surveys, with nothing changed.")
    @APIResponse(responseCode = "200", description = "Completed", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "No outcome", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a role that carries out data-subject requests (a request of another commune or province is a 404)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such request, or one outside the caller's commune or province (the same answer: a request's existence is personal data)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already closed, or not allowed in the survey's state", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The request changed since it was read", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Completion completion) {
        RequestView view = service.complete(id, ifMatch, completion);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @POST
    @Path("/{id}/refusal")
    @Operation(summary = "Refuse the request, with the reason", operationId = "campaign_refuseDataSubjectRequest",
            description = "For example an identity that could not be checked. Changes no form.")
    @APIResponse(responseCode = "200", description = "Refused", content = @Content(schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a role that carries out data-subject requests (a request of another commune or province is a 404)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such request, or one outside the caller's commune or province (the same answer: a request's existence is personal data)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already closed", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "The request changed since it was read", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response refuse(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Completion reason) {
        RequestView view = service.refuse(id, ifMatch, reason);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }
}
