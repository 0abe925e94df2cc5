package vn.ntm.communes.certification;

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
import jakarta.ws.rs.core.EntityTag;
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
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.Level;
import vn.ntm.communes.certification.DossierApi.DossierListItem;
import vn.ntm.communes.certification.DossierApi.DossierView;
import vn.ntm.communes.certification.DossierApi.NewDossier;
import vn.ntm.communes.certification.DossierApi.ProcedureMoveAnswer;
import vn.ntm.communes.certification.DossierApi.ProcedureMoveRequest;
import vn.ntm.communes.certification.DossierApi.Transition;

@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Certification dossiers", description = "The recognition procedure (QĐ 18/2022/QĐ-TTg and its later versions, as data), step by step, ending in a recognition decision.")
public class DossierResource {

    @Inject
    DossierService service;

    @Inject
    AuditTrail audit;

    @Inject
    ProcedureMoves moves;

    @POST
    @RolesAllowed({Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_openDossier", summary = "Open a certification dossier on an assessment (state SELF_ASSESSMENT)")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewDossier.class), examples = @ExampleObject(name = "Xã Cẩm Hưng, advanced 2024",
            value = "{\"assessmentId\": \"0b8e0a7c-4f7e-4a52-9a41-3f1d1d1e2c55\", \"communeCode\": \"10894\", \"level\": \"ADVANCED\", \"year\": 2024,"
                    + " \"date\": \"2024-09-20\", \"documents\": [{\"number\": \"38/BC-UBND\", \"date\": \"2024-09-20\","
                    + " \"title\": \"Báo cáo tự đánh giá kết quả thực hiện bộ tiêu chí xã NTM nâng cao năm 2024\"}],"
                    + " \"declarations\": {\"capitalConstructionDebt\": false, \"securityTroubleSpot\": false}}")))
    @APIResponse(responseCode = "201", description = "Opened; `ETag` is its version.", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A live dossier exists for this commune, level and year.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown assessment, or it does not match commune, year or level; or DISTRICT named after the district tier ended.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response open(@NotNull @Valid NewDossier request) {
        DossierView view = service.open(request);
        return Response.created(URI.create("/api/v1/dossiers/" + view.id())).entity(view).tag(etag(view)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.APPRAISER, Roles.COUNCIL_MEMBER, Roles.SECTOR_OFFICER,
        Roles.OCOP_COUNCIL_MEMBER, Roles.FRONT_SURVEYOR})
    @Operation(operationId = "communes_listDossiers", summary = "List dossiers, newest first",
            description = "Only the dossiers the token reaches: its commune, its province, or all for an administrator.")
    @APIResponse(responseCode = "200", description = "A page of dossiers.")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<DossierListItem> list(
            @Parameter(description = "2-digit GSO province code.", example = "30") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @QueryParam("level") Level level,
            @Parameter(example = "2024") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("state") DossierState state,
            @Parameter(description = "A role: only the dossiers whose next step it records (its work list), oldest first, with due dates.",
                    example = "COUNCIL_MEMBER") @QueryParam("awaiting")
            @Pattern(regexp = "[A-Z][A-Z_]{1,40}", message = "must be a role such as APPRAISER or COUNCIL_MEMBER") String awaiting,
            @BeanParam @Valid PageQuery page) {
        return service.list(province, level, year, state, awaiting, page);
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.APPRAISER, Roles.COUNCIL_MEMBER, Roles.SECTOR_OFFICER,
        Roles.OCOP_COUNCIL_MEMBER, Roles.FRONT_SURVEYOR})
    @Path("/{id}")
    @Operation(operationId = "communes_getDossier", summary = "Read a dossier with every step taken",
            description = "Within the token's commune or province (a sector department reads its province's dossiers, whose criteria it signs off). "
                    + "From the submission on, `criteriaSignOff` shows per criterion its department, who approved it and when, and what was "
                    + "returned, by whom and why.")
    @APIResponse(responseCode = "200", description = "The dossier; `ETag` is its version, to send in If-Match.", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "404", description = "No such dossier.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        DossierView view = service.get(id);
        return Response.ok(view).tag(etag(view)).build();
    }

    @POST
    @RolesAllowed({Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER, Roles.APPRAISER, Roles.COUNCIL_MEMBER})
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_transitionDossier", summary = "Record the next step of a dossier (or REJECTED)",
            description = "The steps, who records them, which may follow which, the tiers and the preconditions are those of the procedure version "
                    + "the dossier is pinned to (`procedure` in the dossier; GET /api/v1/procedure-versions). In the shipped versions: "
                    + "PUBLICATION_FOR_COMMENT and SUBMISSION need an eligible assessment; "
                    + "SATISFACTION_SURVEY reads campaign-service's closed survey and checks coverage and rate against the version's survey rule, "
                    + "and may not be dated before the survey closed unless `backfill` (with `backfillReason`, ADMINISTRATOR or PROVINCE_OFFICER); "
                    + "the votes must pass their rule; SUBMISSION needs the declarations (no capital-construction debt, not a security trouble spot), "
                    + "the level's prerequisite recognition and, for a MODEL commune in the PRODUCTION field, an OCOP product of 4 stars or more "
                    + "(ocop-service); RECOGNISED records the decision and the recognition in the same transaction. "
                    + "Who records which step (within the token's province, or commune for a commune officer): PUBLICATION_FOR_COMMENT, "
                    + "SATISFACTION_SURVEY, COMMUNE_VOTE, SUBMISSION: COMMUNE_OFFICER or PROVINCE_OFFICER; VERIFICATION, PROVINCIAL_APPRAISAL: "
                    + "APPRAISER or PROVINCE_OFFICER; COUNCIL_VOTE: COUNCIL_MEMBER; RECOGNISED: PROVINCE_OFFICER; REJECTED: APPRAISER, "
                    + "COUNCIL_MEMBER or PROVINCE_OFFICER. Another role gets 403 naming the step and `context.allowedRoles`, before "
                    + "If-Match is looked at. The step's actor is the token's subject.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Transition.class), examples = {
            @ExampleObject(name = "Publication", value = "{\"to\": \"PUBLICATION_FOR_COMMENT\", \"body\": \"COMMUNE\", \"date\": \"2024-09-25\","
                    + " \"documents\": [{\"number\": \"40/TB-UBND\", \"date\": \"2024-09-25\", \"title\": \"Thông báo công khai báo cáo tự đánh giá\"}]}"),
            @ExampleObject(name = "Council vote", value = "{\"to\": \"COUNCIL_VOTE\", \"body\": \"PROVINCE\", \"date\": \"2025-04-10\", \"votesFor\": 18, \"votesAgainst\": 1}"),
            @ExampleObject(name = "Recognition", value = "{\"to\": \"RECOGNISED\", \"body\": \"PROVINCE\", \"date\": \"2025-04-25\","
                    + " \"decision\": {\"number\": \"1234/QĐ-UBND\", \"date\": \"2025-04-25\", \"signer\": \"Chủ tịch UBND tỉnh Hải Dương\"}}")}))
    @APIResponse(responseCode = "200", description = "Step recorded; the new `ETag` is returned.", content = @Content(schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (missing votes, decision, reason, dates out of order).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The step cannot follow the current state (`context.allowed`).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Preconditions not met: `context.unmetConditions` lists each (code, message). Nothing changed.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "campaign-service or ocop-service unavailable. Nothing changed.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response transition(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Transition transition) {
        DossierView view = service.transition(id, transition, ifMatch);
        return Response.ok(view).tag(etag(view)).build();
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Path("/{id}/procedure-version")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_moveDossierProcedure", summary = "Move a dossier to a newer procedure version (explicit, audited act)",
            description = "A dossier follows the procedure version in force on its opening date. This moves it forwards to a newer published version, "
                    + "with a reason and If-Match, and answers what changes (steps added and removed, preconditions changed). A move backwards, to a "
                    + "draft, or to a version whose steps cannot hold the dossier's current step is a 409 naming why; nothing changes.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProcedureMoveRequest.class), examples = @ExampleObject(name = "To the province version",
            value = "{\"procedureCode\": \"NTM-RECOGNITION\", \"version\": 2, \"reason\": \"Hồ sơ chuyển sang cấp tỉnh thẩm tra từ 01/07/2025 (NĐ 131/2025/NĐ-CP)\"}")))
    @APIResponse(responseCode = "200", description = "Moved; the new `ETag` is returned.", content = @Content(schema = @Schema(implementation = ProcedureMoveAnswer.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (reason, version).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier or published version.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a move forwards, or the target cannot hold the dossier's step.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response moveProcedure(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ProcedureMoveRequest request) {
        ProcedureMoveAnswer answer = moves.move(id, request, ifMatch);
        return Response.ok(answer).tag(etag(answer.dossier())).build();
    }

    @GET
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Path("/{id}/audit")
    @Operation(operationId = "communes_dossierAudit", summary = "Every write made to a dossier, refused ones included, newest first")
    @APIResponse(responseCode = "200", description = "A page of audit events.")
    @APIResponse(responseCode = "404", description = "No such dossier.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageQuery page) {
        service.find(id);
        return audit.forRecord("/api/v1/dossiers/" + id, page);
    }

    private static EntityTag etag(DossierView view) {
        return new EntityTag(String.valueOf(view.version()));
    }
}
