package vn.ntm.campaign.responses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import vn.ntm.campaign.responses.ResponseApi.BatchRequest;
import vn.ntm.campaign.responses.ResponseApi.BatchView;
import vn.ntm.campaign.responses.ResponseApi.ResponseList;
import vn.ntm.campaign.responses.ResponseApi.ResponseRequest;
import vn.ntm.campaign.responses.ResponseApi.ResponseView;
import vn.ntm.campaign.responses.ResponseApi.SyncRequest;
import vn.ntm.campaign.responses.ResponseApi.SyncView;
import vn.ntm.campaign.support.Examples;
import vn.ntm.campaign.support.Written;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

@Path("/api/v1/surveys/{id}/responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survey responses", description = "Households' forms, from the mobile app or from paper")
public class ResponseResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ResponseService service;

    @POST
    @RolesAllowed({Roles.FRONT_SURVEYOR, Roles.CITIZEN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune, nor a citizen of that commune answering for the household its token names; also an unknown survey, answered as one of another commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Submit a household's form", operationId = "campaign_submitResponse",
            description = "Safe to retry: the same responseId with the same content answers 200 with the form first recorded. "
                    + "The same responseId with other content, or a second form for the same household, is a 409. "
                    + "Every question must be answered once; a reason goes only with NOT_SATISFIED.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ResponseRequest.class), examples = @ExampleObject(name = "form", value = Examples.RESPONSE)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded with the same content (a retry)", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "400", description = "Invalid form: unknown question or village, missing answers, malformed JSON", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "responseId reused with other content, household already answered, survey not OPEN, or stale questionnaire version",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") UUID surveyId, @Valid @NotNull ResponseRequest request) {
        Written<ResponseView> written = service.submit(surveyId, request);
        return Response.status(written.created() ? Response.Status.CREATED : Response.Status.OK).entity(written.view()).build();
    }

    @POST
    @Path("/batch")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Enter a village's paper forms in one batch", operationId = "campaign_submitResponseBatch",
            description = "All or nothing: when any form is refused, none is recorded and the problem lists every refused field as "
                    + "responses[<index>].<field>. Forms already recorded with the same responseId and content count as ALREADY_RECORDED, "
                    + "so a batch can be sent again after a network failure.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BatchRequest.class), examples = @ExampleObject(name = "batch", value = Examples.BATCH)))
    @APIResponse(responseCode = "201", description = "At least one form recorded now", content = @Content(schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "200", description = "Every form had already been recorded (a retry)", content = @Content(schema = @Schema(implementation = BatchView.class)))
    @APIResponse(responseCode = "400", description = "Invalid forms (errors name each one); nothing recorded", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such survey (told to administrators; to anyone else an unknown survey is a 403, as a survey outside their scope)", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Forms conflicting with recorded ones (errors name each one), or survey not OPEN; nothing recorded",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response submitBatch(@PathParam("id") UUID surveyId, @Valid @NotNull BatchRequest batch) {
        BatchView view = service.submitBatch(surveyId, batch);
        return Response.status(view.created() > 0 ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }

    @POST
    @Path("/sync")
    @RolesAllowed({Roles.FRONT_SURVEYOR, Roles.CITIZEN})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune, nor a citizen of that commune whose token names a household "
            + "(a citizen's form for another household is REFUSED with a 403 problem in its item); also an unknown survey, answered as one of another commune",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Sync the forms the mobile app collected offline", operationId = "campaign_syncResponses",
            description = "Each form is judged as POST /surveys/{id}/responses judges it, but on its own: valid new forms are stored (channel APP, "
                    + "all in one transaction), a form recorded before with the same responseId and content is ALREADY_RECORDED, and a form the "
                    + "single endpoint would refuse is REFUSED with that endpoint's problem in its item (a second form with the same responseId "
                    + "or household in the same sync included). Items come in the order of the request; the device drops CREATED and "
                    + "ALREADY_RECORDED forms from its queue, so the whole sync can be sent again after a network failure. A refusal of the "
                    + "survey itself (unknown, not OPEN, caller out of scope) refuses the whole request and stores nothing; a closed survey "
                    + "still answers a sync made only of forms it recorded with the same content. At most sync-max-forms forms (default 200).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = SyncRequest.class), examples = @ExampleObject(name = "sync", value = Examples.SYNC)))
    @APIResponse(responseCode = "200", description = "The outcome of every form, in request order", content = @Content(schema = @Schema(implementation = SyncView.class),
            examples = @ExampleObject(name = "outcomes", value = Examples.SYNC_VIEW)))
    @APIResponse(responseCode = "400", description = "No forms, more than sync-max-forms, or malformed JSON; nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The survey is a DRAFT or no longer OPEN (and the sync is not only forms it recorded before); nothing stored",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than ntm.http.max-body-size; send the queue in smaller syncs",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public SyncView sync(@PathParam("id") UUID surveyId, @Valid @NotNull SyncRequest request, @Context UriInfo uri) {
        return service.sync(surveyId, request, uri.getPath());
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "List the forms of a survey", operationId = "campaign_listResponses",
            description = "In the order received, by cursor: pass the nextCursor of a page as cursor to read the next one.")
    @APIResponse(responseCode = "200", description = "A page of forms", content = @Content(schema = @Schema(implementation = ResponseList.class)))
    @APIResponse(responseCode = "400", description = "Invalid cursor or size", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such survey", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ResponseList list(@PathParam("id") UUID surveyId,
                             @QueryParam("village") @Pattern(regexp = ResponseApi.VILLAGE_CODE, message = "must be a village code") @Parameter(example = "THON-DONG") String village,
                             @QueryParam("cursor") @Parameter(description = "Opaque; the nextCursor of the previous page") String cursor,
                             @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be between 1 and 200") @Max(value = 200, message = "must be between 1 and 200") int size) {
        return service.list(surveyId, village, cursor, size);
    }

    @GET
    @Path("/{responseId}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.FRONT_SURVEYOR})
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not allowed: not the Front surveyor of the survey's commune", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @Operation(summary = "Read one form", operationId = "campaign_getResponse",
            description = "Lets a device check whether a form it sent was recorded.")
    @APIResponse(responseCode = "200", description = "The form", content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "400", description = "An id is not a UUID", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such survey or form", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ResponseView get(@PathParam("id") UUID surveyId, @PathParam("responseId") UUID responseId) {
        return service.get(surveyId, responseId);
    }
}
