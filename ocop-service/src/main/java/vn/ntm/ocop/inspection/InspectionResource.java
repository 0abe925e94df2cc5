package vn.ntm.ocop.inspection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.audit.AuditEvent;
import vn.ntm.common.audit.AuditTrail;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

@Path("/api/v1/ocop/inspections")
@Tag(name = "OCOP inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    InspectionService service;

    @Inject
    AuditTrail audit;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_getInspection", summary = "An inspection with its findings")
    @APIResponse(responseCode = "200", description = "The inspection; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = InspectionView.class), examples = @ExampleObject(name = "warning", value = InspectionExamples.INSPECTION)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the inspection's province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such inspection (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Inspection i = service.find(id);
        return Response.ok(service.view(i)).tag(Versions.etag(i.version)).build();
    }

    @POST
    @Path("/{id}/outcome")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_recordInspection", summary = "Record a planned inspection's findings and outcome",
            description = "COMPLIANT; WARNING with a remedy deadline (a follow-up closes it); PROPOSE_REVOCATION revokes the certificate "
                    + "through the certificate revocation, with this inspection as its reason. Send the inspection's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Recorded.", content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the inspection's province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such inspection (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already recorded; or (revocation) the certificate is not in force.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No findings, unknown item, a warning without a deadline or with one in the past, a revocation without reason.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = InspectionRequests.Outcome.class), examples = {
                    @ExampleObject(name = "compliant", value = InspectionExamples.COMPLIANT),
                    @ExampleObject(name = "warning", value = InspectionExamples.WARNING),
                    @ExampleObject(name = "propose-revocation", value = InspectionExamples.REVOCATION)}))
            @NotNull(message = "a JSON body is required") @Valid InspectionRequests.Outcome request) {
        Inspection i = service.record(id, ifMatch, request);
        return Response.ok(service.view(service.find(i.id))).tag(Versions.etag(i.version)).build();
    }

    @POST
    @Path("/{id}/follow-up")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_followUpWarning", summary = "Follow up a warning: a new inspection that closes it",
            description = "Same body as the outcome. A warning that was not remedied lapses into PROPOSE_REVOCATION. Send the warning's ETag in If-Match.")
    @APIResponse(responseCode = "201", description = "The follow-up; Location names it.", content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the inspection's province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such inspection (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not an open warning; or (revocation) the certificate is not in force.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "As for the outcome, or a follow-up dated before the warning.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response followUp(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the warning you read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = InspectionRequests.Outcome.class), examples = {
                    @ExampleObject(name = "remedied", value = InspectionExamples.COMPLIANT),
                    @ExampleObject(name = "lapsed-into-revocation", value = InspectionExamples.REVOCATION)}))
            @NotNull(message = "a JSON body is required") @Valid InspectionRequests.Outcome request) {
        Inspection follow = service.followUp(id, ifMatch, request);
        return Response.created(URI.create("/api/v1/ocop/inspections/" + follow.id)).entity(service.view(service.find(follow.id)))
                .tag(Versions.etag(follow.version)).build();
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "ocop_inspectionAudit", summary = "Writes recorded against an inspection (administrators)")
    @APIResponse(responseCode = "200", description = "Audit events, newest first.")
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Audit trails are for administrators.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such inspection.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageQuery page) {
        Inspection i = service.find(id);
        return audit.forRecord("/api/v1/ocop/inspections/" + i.id, page);
    }
}
