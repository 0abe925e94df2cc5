package vn.ntm.ocop.mark;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/ocop/mark-violations")
@Tag(name = "OCOP mark")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MarkViolationResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    MarkViolationService service;

    @Inject
    AuditTrail audit;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.CITIZEN})
    @Operation(operationId = "ocop_reportMarkViolation", summary = "Report a misuse of the OCOP mark",
            description = "What was seen (kind, when, where, stars shown), its evidence (SHA-256 of each file) and, kept private, the reporter. "
                    + "Officials report in their province; a citizen wherever the product was seen.")
    @APIResponse(responseCode = "201", description = "Recorded as REPORTED; Location names it.",
            content = @Content(schema = @Schema(implementation = MarkViews.ViolationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "An official of another province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown kind or product, no product name or province, stars missing or not wrong.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response report(@RequestBody(required = true, content = @Content(schema = @Schema(implementation = MarkRequests.Report.class), examples = {
            @ExampleObject(name = "wrong-stars", value = MarkExamples.REPORT),
            @ExampleObject(name = "not-registered-product", value = MarkExamples.UNREGISTERED_PRODUCT)}))
            @NotNull(message = "a JSON body is required") @Valid MarkRequests.Report request) {
        MarkViolation v = service.report(request);
        return Response.created(URI.create("/api/v1/ocop/mark-violations/" + v.id)).entity(service.view(service.find(v.id)))
                .tag(Versions.etag(v.version)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_listMarkViolations", summary = "The province's work list of mark violations",
            description = "Open ones (REPORTED, UNDER_REVIEW) unless state is given; oldest sighting first. Without province: the caller's own.")
    @APIResponse(responseCode = "200", description = "One page of violations (public view; the reporter via .../reporter).")
    @APIResponse(responseCode = "400", description = "Invalid parameter.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A province other than your token's.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<MarkViews.ViolationView> list(
            @Parameter(description = "2-digit GSO province code.", example = "30")
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @Parameter(description = "State; open ones when absent.", example = "REPORTED") @QueryParam("state") ViolationState state,
            @BeanParam @Valid PageQuery page) {
        return service.list(province, state, page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "ocop_getMarkViolation", summary = "A reported violation and how it was handled (public; never the reporter)")
    @APIResponse(responseCode = "200", description = "The violation; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = MarkViews.ViolationView.class), examples = @ExampleObject(name = "resolved", value = MarkExamples.VIOLATION)))
    @APIResponse(responseCode = "404", description = "No such violation.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        MarkViolation v = service.find(id);
        return Response.ok(service.view(v)).tag(Versions.etag(v.version)).build();
    }

    @GET
    @Path("/{id}/reporter")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_getMarkViolationReporter", summary = "Who reported a violation, and the evidence file names (the handling province)")
    @APIResponse(responseCode = "200", description = "The reporter's data.", content = @Content(schema = @Schema(implementation = MarkViews.ReporterView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the violation's province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such violation.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public MarkViews.ReporterView reporter(@PathParam("id") UUID id) {
        return service.reporter(service.findForHandling(id));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_reviewMarkViolation", summary = "Take a reported violation under review (REPORTED → UNDER_REVIEW)",
            description = "Send the violation's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Under review.", content = @Content(schema = @Schema(implementation = MarkViews.ViolationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the violation's province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such violation.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not REPORTED.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response review(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = MarkRequests.Review.class))) @Valid MarkRequests.Review request) {
        MarkViolation v = service.review(id, ifMatch, request);
        return Response.ok(service.view(service.find(v.id))).tag(Versions.etag(v.version)).build();
    }

    @POST
    @Path("/{id}/resolution")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_resolveMarkViolation", summary = "Resolve a violation under review with an action",
            description = "WARNING, CORRECTION, REFERRAL, or REVOCATION_PROPOSAL, which revokes the product's certificate through the "
                    + "certificate revocation with this violation as its reason. Send the violation's ETag in If-Match.")
    @APIResponse(responseCode = "200", description = "Resolved.", content = @Content(schema = @Schema(implementation = MarkViews.ViolationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the violation's province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such violation.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not under review; or (revocation) the certificate is not in force.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown action, a revocation without reason or certificate.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response resolve(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MarkRequests.Resolution.class), examples = {
                    @ExampleObject(name = "correction", value = MarkExamples.RESOLUTION),
                    @ExampleObject(name = "revocation-proposal", value = MarkExamples.REVOCATION_PROPOSAL)}))
            @NotNull(message = "a JSON body is required") @Valid MarkRequests.Resolution request) {
        MarkViolation v = service.resolve(id, ifMatch, request);
        return Response.ok(service.view(service.find(v.id))).tag(Versions.etag(v.version)).build();
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "ocop_markViolationAudit", summary = "Writes recorded against a violation (administrators)")
    @APIResponse(responseCode = "200", description = "Audit events, newest first.")
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Audit trails are for administrators.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such violation.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageQuery page) {
        MarkViolation v = service.find(id);
        return audit.forRecord("/api/v1/ocop/mark-violations/" + v.id, page);
    }
}
