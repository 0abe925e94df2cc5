package vn.ntm.communes.procedure;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.procedure.ProcedureApi.Publication;
import vn.ntm.communes.procedure.ProcedureApi.Summary;
import vn.ntm.communes.procedure.ProcedureApi.SurveyRuleView;
import vn.ntm.communes.procedure.ProcedureApi.VersionView;

/** Recognition procedure versions: public to read, drafted and published by an administrator. ETag of a draft is its revision. */
@Path("/api/v1/procedure-versions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Procedure versions", description = "The recognition procedure as data: steps, roles, preconditions, deadlines, moves and the survey rule, by period.")
public class ProcedureResource {

    @Inject
    ProcedureDrafts drafts;

    @Inject
    ProcedureViews views;

    @GET
    @PermitAll
    @Operation(operationId = "communes_listProcedureVersions", summary = "Every procedure version, with its status (DRAFT, PUBLISHED, SUPERSEDED)")
    @APIResponse(responseCode = "200", description = "A page of versions.")
    public PageResponse<Summary> list(@BeanParam @Valid PageQuery page) {
        return views.list(page);
    }

    @GET
    @PermitAll
    @Path("/survey-rule")
    @Operation(operationId = "communes_procedureSurveyRule", summary = "The satisfaction-survey rule in force for a level on a date",
            description = "The one rule certification judges a survey by and campaign-service publishes a result under: the coverage floor and pass "
                    + "rate of the procedure version in force for the level on the date (today by default).")
    @APIResponse(responseCode = "200", description = "The rule and the version it comes from.", content = @Content(schema = @Schema(implementation = SurveyRuleView.class),
            examples = @ExampleObject(name = "Advanced, October 2025", value = "{\"procedureCode\": \"NTM-RECOGNITION\", \"version\": 2, \"ruleVersion\": \"NTM-RECOGNITION/v2\","
                    + " \"level\": \"ADVANCED\", \"coverageFloor\": 0.60, \"passRate\": 0.90, \"source\": \"QĐ 18/2022/QĐ-TTg Điều 4 khoản 3; Hướng dẫn 90/HD-MTTW-BTT\", \"confidence\": \"I\"}")))
    @APIResponse(responseCode = "400", description = "Missing or unknown level, or a date that is not ISO.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No version in force for the level on that date, or it sets no survey rule for the level.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public SurveyRuleView surveyRule(@Parameter(description = "NTM, ADVANCED, MODEL or MODERN", example = "ADVANCED") @QueryParam("level") String level,
                                     @Parameter(description = "ISO date; today by default", example = "2025-10-15") @QueryParam("date") String date) {
        return views.surveyRule(level, date);
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_createProcedureVersion", summary = "Create a new procedure code: version 1, as a draft")
    @APIResponse(responseCode = "201", description = "The draft; `ETag` is its revision (0).", content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "The document is not a usable procedure (`errors` names each field).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code exists: open its next version with .../drafts.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull ProcedureDocument document) {
        ProcedureVersionEntity e = drafts.create(document);
        return Response.created(URI.create("/api/v1/procedure-versions/" + e.code + "/versions/" + e.version)).entity(views.view(e))
                .tag(new EntityTag(String.valueOf(e.draftRevision))).build();
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Path("/{code}/drafts")
    @Operation(operationId = "communes_openProcedureDraft", summary = "Open a draft: the next version, copied from the latest published one")
    @APIResponse(responseCode = "201", description = "The draft; `ETag` is its revision (0).", content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No published version of this code.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A draft is already open.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response open(@Parameter(example = "NTM-RECOGNITION") @PathParam("code") String code) {
        ProcedureVersionEntity e = drafts.open(code);
        return Response.created(URI.create("/api/v1/procedure-versions/" + code + "/versions/" + e.version)).entity(views.view(e))
                .tag(new EntityTag(String.valueOf(e.draftRevision))).build();
    }

    @GET
    @PermitAll
    @Path("/{code}/versions/{version}")
    @Operation(operationId = "communes_getProcedureVersion", summary = "One procedure version with its document")
    @APIResponse(responseCode = "200", description = "The version; for a draft `ETag` is its revision.", content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No such version.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "NTM-RECOGNITION") @PathParam("code") String code, @Parameter(example = "2") @PathParam("version") @Min(1) int version) {
        ProcedureVersionEntity e = drafts.find(code, version);
        return Response.ok(views.view(e)).tag(new EntityTag(String.valueOf(e.draftRevision))).build();
    }

    @PUT
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Path("/{code}/versions/{version}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_editProcedureDraft", summary = "Replace the document of a draft (If-Match: its revision)")
    @APIResponse(responseCode = "200", description = "The edited draft; the new `ETag`.", content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid document.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version is published and never changes.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response edit(@PathParam("code") String code, @PathParam("version") @Min(1) int version, @HeaderParam("If-Match") String ifMatch,
                         @NotNull ProcedureDocument document) {
        ProcedureVersionEntity e = drafts.edit(code, version, document, ifMatch);
        return Response.ok(views.view(e)).tag(new EntityTag(String.valueOf(e.draftRevision))).build();
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Path("/{code}/versions/{version}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_publishProcedureVersion", summary = "Publish a draft from a date (If-Match: its revision); it never changes after")
    @APIResponse(responseCode = "200", description = "Published.", content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "effectiveFrom missing, outside the period, or before the version it replaces.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already published.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A precondition code no check answers to (`errors` names each).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("code") String code, @PathParam("version") @Min(1) int version, @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid Publication publication) {
        ProcedureVersionEntity e = drafts.publish(code, version, publication.effectiveFrom(), ifMatch);
        return Response.ok(views.view(e)).build();
    }
}
