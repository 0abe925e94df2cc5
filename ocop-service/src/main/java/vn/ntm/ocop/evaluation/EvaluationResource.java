package vn.ntm.ocop.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.audit.AuditEvent;
import vn.ntm.common.audit.AuditTrail;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.ocop.rules.CouncilLevel;
import vn.ntm.common.http.Versions;
import vn.ntm.ocop.support.Examples;

@Path("/api/v1/ocop/evaluations")
@Tag(name = "OCOP evaluations", description = "A council's scoring of a product in one round: members' score sheets, mandatory criteria, decision.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EvaluationService evaluations;

    @Inject
    ScoreSheetService sheets;

    @Inject
    DecisionService decisions;

    @Inject
    AuditTrail audit;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_createEvaluation", summary = "Open an evaluation round for a product",
            description = "The evaluation date selects the rule version in force (QĐ 1048 before 24/02/2023, QĐ 148 from then, as amended by "
                    + "QĐ 1489 from 06/07/2025) and so the part maxima, star bands, council powers and mandatory criteria.")
    @APIResponse(responseCode = "201", description = "Opened; Location and ETag are set.", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the product's province.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The product already has an open evaluation at that level.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown product, no rules in force on the date, a council level that does not exist then "
            + "(e.g. DISTRICT after 06/07/2025), or unknown mandatory criteria.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EvaluationRequest.class),
                    examples = @ExampleObject(name = "province-lychee", value = Examples.EVALUATION_CREATE)))
            @NotNull(message = "a JSON body is required") @Valid EvaluationRequest request, @Context UriInfo uri) {
        Evaluation created = evaluations.create(request);
        Evaluation evaluation = evaluations.find(created.id);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id.toString()).build())
                .tag(Versions.etag(evaluation.version)).entity(EvaluationMapper.view(evaluation, evaluations.rulesOf(evaluation))).build();
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.OCOP_COUNCIL_MEMBER})
    @Operation(operationId = "ocop_listEvaluations", summary = "List evaluations", description = "Newest evaluation date first.")
    @APIResponse(responseCode = "200", description = "One page of evaluations.")
    @APIResponse(responseCode = "400", description = "Invalid parameter.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an official, or a province other than your token's.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<EvaluationSummary> list(
            @Parameter(description = "Product id.") @QueryParam("product") UUID product,
            @Parameter(description = "2-digit GSO province code of the product.", example = "30")
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @Parameter(description = "Council level.") @QueryParam("councilLevel") CouncilLevel councilLevel,
            @Parameter(description = "OPEN or DECIDED.") @QueryParam("state") EvaluationState state,
            @Parameter(description = "Evaluation date from (inclusive).", example = "2025-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Evaluation date to (inclusive).", example = "2025-12-31") @QueryParam("to") LocalDate to,
            @BeanParam @Valid PageQuery page) {
        return evaluations.list(product, province, councilLevel, state, from, to, page).map(EvaluationSummary::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.OCOP_COUNCIL_MEMBER})
    @Operation(operationId = "ocop_getEvaluation", summary = "Read an evaluation with its score sheets and result",
            description = "While OPEN, the result is provisional: the rating as the filed sheets and answers stand.")
    @APIResponse(responseCode = "200", description = "The evaluation; ETag carries its version (it moves with every filed sheet).",
            content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an official of the product's province (central council members read central evaluations of every province).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such evaluation (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Evaluation evaluation = evaluations.read(id);
        return Response.ok(EvaluationMapper.view(evaluation, evaluations.rulesOf(evaluation))).tag(Versions.etag(evaluation.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_updateEvaluation", summary = "Edit an open evaluation (council, date, mandatory criteria)",
            description = "Send the ETag of your last read in If-Match. A new date may bring another rule version: the filed sheets must fit its maxima.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set.", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the product's province.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such evaluation (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No rules on the date, council level not allowed, unknown criteria or sheets above the new maxima.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"2\"") @HeaderParam("If-Match") String ifMatch,
            @NotNull(message = "a JSON body is required") @Valid EvaluationUpdate request) {
        evaluations.update(id, ifMatch, request);
        Evaluation evaluation = evaluations.find(id);
        return Response.ok(EvaluationMapper.view(evaluation, evaluations.rulesOf(evaluation))).tag(Versions.etag(evaluation.version)).build();
    }

    @PUT
    @Path("/{id}/score-sheets/mine")
    @RolesAllowed(Roles.OCOP_COUNCIL_MEMBER)
    @Operation(operationId = "ocop_fileScoreSheet", summary = "File (or replace) my score sheet",
            description = "The member is the authenticated caller, never a name in the body. Each part's score is the sum of its items; "
                    + "a part above its maximum under the evaluation's rule version is refused with 422 naming the part (partA, partB, partC).")
    @APIResponse(responseCode = "201", description = "Filed; ETag is the evaluation's new version.", content = @Content(schema = @Schema(implementation = ScoreSheetView.class)))
    @APIResponse(responseCode = "200", description = "Replaced; ETag is the evaluation's new version.", content = @Content(schema = @Schema(implementation = ScoreSheetView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, negative scores, more than 2 decimals, duplicate item codes.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a member of this evaluation's council: the token's ocopLevel must be the council level and, below CENTRAL, its province the product's.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such evaluation (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A part above its maximum.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response fileSheet(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ScoreSheetRequest.class),
                    examples = @ExampleObject(name = "member-sheet", value = Examples.SCORE_SHEET)))
            @NotNull(message = "a JSON body is required") @Valid ScoreSheetRequest request) {
        ScoreSheetService.Filed filed = sheets.file(id, request);
        return Response.status(filed.created() ? Response.Status.CREATED : Response.Status.OK)
                .tag(Versions.etag(filed.evaluationVersion())).entity(EvaluationMapper.sheet(filed.sheet(), filed.rules())).build();
    }

    @DELETE
    @Path("/{id}/score-sheets/mine")
    @RolesAllowed(Roles.OCOP_COUNCIL_MEMBER)
    @Operation(operationId = "ocop_withdrawScoreSheet", summary = "Withdraw my score sheet from an open evaluation")
    @APIResponse(responseCode = "204", description = "Withdrawn; ETag is the evaluation's new version.")
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a member of this evaluation's council.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such evaluation (also one outside your token's territory, answered as one that does not exist), or no sheet of mine.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response withdrawSheet(@PathParam("id") UUID id) {
        long version = sheets.withdraw(id);
        return Response.noContent().tag(Versions.etag(version)).build();
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_decideEvaluation", summary = "Record the council's decision and issue the certificate",
            description = "Averages the members' totals (2 decimals, HALF_UP), maps them to stars by band, caps by the mandatory criteria and by "
                    + "what the council may certify. A certified result issues a certificate valid 36 months and supersedes the product's "
                    + "certificate in force; 90+ at a province is certified 4 stars and proposed for 5 until the central round decides.")
    @APIResponse(responseCode = "200", description = "Decided; the evaluation with its result.", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a province officer of the product's province.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such evaluation (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided, or the product holds a certificate issued after this decision date.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match (e.g. a sheet was filed after your read).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Too few sheets, unanswered mandatory criteria (context.unansweredCriteria) or a decision before the evaluation.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response decide(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"4\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequest.class),
                    examples = @ExampleObject(name = "province-decision", value = Examples.DECISION)))
            @NotNull(message = "a JSON body is required") @Valid DecisionRequest request) {
        decisions.decide(id, ifMatch, request);
        Evaluation evaluation = evaluations.find(id);
        return Response.ok(EvaluationMapper.view(evaluation, evaluations.rulesOf(evaluation))).tag(Versions.etag(evaluation.version)).build();
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "ocop_evaluationAudit", summary = "Writes recorded against an evaluation (sheets, edits, decision)")
    @APIResponse(responseCode = "200", description = "Audit events, newest first.")
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Audit trails are for administrators.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such evaluation.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageQuery page) {
        evaluations.find(id);
        return audit.forRecord("/api/v1/ocop/evaluations/" + id, page);
    }
}
