package vn.ntm.ocop.dossier;

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
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.audit.AuditEvent;
import vn.ntm.common.audit.AuditTrail;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

@Path("/api/v1/ocop/dossiers")
@Tag(name = "OCOP dossiers", description = "A producer's product dossier (hồ sơ sản phẩm) through the steps of the rule version in force on its date.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DossierResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    DossierService dossiers;

    @Inject
    DossierSteps steps;

    @Inject
    DossierRules rules;

    @Inject
    AuditTrail audit;

    @POST
    @RolesAllowed({Roles.SUBJECT, Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_submitDossier", summary = "Submit a product dossier (or a renewal dossier)",
            description = "The producer (SUBJECT token, for its own product) or the province officer on its behalf. The dossier date selects "
                    + "the rule version, its steps and its required documents; each document carries the SHA-256 of its file. A renewal names "
                    + "the product's certificate approaching expiry in renewalOf.")
    @APIResponse(responseCode = "201", description = "Submitted; Location and ETag are set.", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields (e.g. a checksum that is not 64 hex digits).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another subject's product, or another province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The product already has an open dossier.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown product, unknown or missing documents, or a certificate that cannot be renewed.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DossierRequests.Create.class), examples = {
                    @ExampleObject(name = "lychee-1489", value = DossierExamples.CREATE),
                    @ExampleObject(name = "renewal", value = DossierExamples.RENEWAL)}))
            @NotNull(message = "a JSON body is required") @Valid DossierRequests.Create request, @Context UriInfo uri) {
        Dossier created = dossiers.submit(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build()).tag(Versions.etag(created.version))
                .entity(view(dossiers.find(created.id))).build();
    }

    @GET
    @RolesAllowed({Roles.SUBJECT, Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.OCOP_COUNCIL_MEMBER})
    @Operation(operationId = "ocop_listDossiers", summary = "List dossiers",
            description = "A producer sees its own dossiers only; a commune officer its commune's; officials their province's. Newest first.")
    @APIResponse(responseCode = "200", description = "One page of dossiers.")
    @APIResponse(responseCode = "400", description = "Invalid query parameters.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another province or commune.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<DossierView> list(
            @Parameter(example = "30") @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @Parameter(example = "10867") @QueryParam("commune") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit GSO commune code") String commune,
            @QueryParam("product") UUID product, @QueryParam("state") DossierState state, @BeanParam @Valid PageQuery page) {
        PageResponse<Dossier> found = dossiers.list(province, commune, product, state, page);
        return new PageResponse<>(found.items().stream().map(this::view).toList(), found.page(), found.size(), found.totalItems());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.SUBJECT, Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.OCOP_COUNCIL_MEMBER})
    @Operation(operationId = "ocop_getDossier", summary = "A dossier with its steps, documents and history")
    @APIResponse(responseCode = "200", description = "The dossier; ETag is its version.", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another subject's dossier, or another territory.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Dossier dossier = dossiers.read(id);
        return Response.ok(view(dossier)).tag(Versions.etag(dossier.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.SUBJECT, Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_resubmitDossier", summary = "Revise and resubmit a dossier returned for revision (If-Match)")
    @APIResponse(responseCode = "200", description = "Resubmitted to the step that returned it.", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another subject's dossier.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The dossier is not RETURNED.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown or missing documents.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response resubmit(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"2\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DossierRequests.Resubmission.class)))
            @NotNull(message = "a JSON body is required") @Valid DossierRequests.Resubmission request) {
        return answer(dossiers.resubmit(id, ifMatch, request).id);
    }

    @POST
    @Path("/{id}/proposal")
    @RolesAllowed({Roles.COMMUNE_OFFICER, Roles.ADMINISTRATOR})
    @Operation(operationId = "ocop_proposeDossier", summary = "Check and propose a dossier to the next step (If-Match)",
            description = "At a CHECK step (the commune's check and proposal under QĐ 1489/QĐ-TTg): the commune officer of the dossier's commune.")
    @APIResponse(responseCode = "200", description = "Proposed; the dossier at its next step.", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the step's acting body.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Wrong state, or step out of order (the step is a council's).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response propose(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(content = @Content(schema = @Schema(implementation = DossierRequests.Proposal.class),
                    examples = @ExampleObject(name = "commune-check", value = DossierExamples.PROPOSAL)))
            @Valid DossierRequests.Proposal request) {
        return answer(steps.propose(id, ifMatch, request).id);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER, Roles.ADMINISTRATOR})
    @Operation(operationId = "ocop_returnDossier", summary = "Return a dossier to the producer for revision, with a reason (If-Match)",
            description = "By the acting body of the dossier's current step.")
    @APIResponse(responseCode = "200", description = "Returned.", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "The reason is missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the step's acting body.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The dossier is not waiting at its step.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response returnForRevision(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DossierRequests.Return.class),
                    examples = @ExampleObject(name = "missing-document", value = DossierExamples.RETURN)))
            @NotNull(message = "a JSON body with a reason is required") @Valid DossierRequests.Return request) {
        return answer(steps.returnForRevision(id, ifMatch, request).id);
    }

    @POST
    @Path("/{id}/evaluation")
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMINISTRATOR})
    @Operation(operationId = "ocop_openDossierEvaluation", summary = "Open the council's evaluation of a dossier at a council step (If-Match)",
            description = "The evaluation is at the step's council level and names the dossier (backfilled: false); its decision moves the "
                    + "dossier on: 90+ points at the province go to the central council under QĐ 1489/QĐ-TTg.")
    @APIResponse(responseCode = "200", description = "Opened; the dossier is IN_EVALUATION and names the evaluation.",
            content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the step's acting body.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Wrong state, step out of order (the commune has not proposed it), or an open evaluation.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A council level that does not exist on the evaluation date, or unknown criteria.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response openEvaluation(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DossierRequests.OpenEvaluation.class),
                    examples = @ExampleObject(name = "province-council", value = DossierExamples.OPEN_EVALUATION)))
            @NotNull(message = "a JSON body is required") @Valid DossierRequests.OpenEvaluation request) {
        return answer(steps.openEvaluation(id, ifMatch, request).id);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "ocop_dossierAudit", summary = "Writes recorded against a dossier")
    @APIResponse(responseCode = "200", description = "Audit events, newest first.")
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Audit trails are for administrators.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageQuery page) {
        dossiers.find(id);
        return audit.forRecord("/api/v1/ocop/dossiers/" + id, page);
    }

    private Response answer(UUID id) {
        Dossier dossier = dossiers.find(id);
        return Response.ok(view(dossier)).tag(Versions.etag(dossier.version)).build();
    }

    private DossierView view(Dossier dossier) {
        return DossierMapper.view(dossier, rules, DossierEvent.of(dossier.id));
    }
}
