package vn.ntm.communes.criteria;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.criteria.CriteriaSetViews.CriteriaSetView;

/** Drafts and versions of a criteria set: the ETag here is the draft's revision, not the version number. */
@Path("/api/v1/criteria-sets/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria sets")
public class CriteriaSetVersionResource {

    /** The day from which a published draft applies. */
    @Schema(name = "CriteriaSetPublication")
    public record Publication(@NotNull @Schema(example = "2026-02-15") LocalDate effectiveFrom) {
    }

    @Inject
    CriteriaSetDrafts drafts;

    @Inject
    CriteriaSetService sets;

    @POST
    @Path("/drafts")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "communes_openCriteriaSetDraft", summary = "Open a draft: the next version, copied from the published one",
            description = "One draft per code. Edit it with PUT .../versions/{version} and If-Match, try it with GET "
                    + "/api/v1/assessments/{id}/simulation, then publish it.")
    @APIResponse(responseCode = "201", description = "The draft; `ETag` is its revision (0).", content = @Content(schema = @Schema(implementation = CriteriaSetView.class)))
    @APIResponse(responseCode = "404", description = "No published set with this code.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A draft is already open.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response open(@Parameter(example = "QD51-NTM-2026-2030") @PathParam("code") String code) {
        CriteriaSetEntity e = drafts.open(code);
        return answer(e, Response.created(URI.create("/api/v1/criteria-sets/" + code + "/versions/" + e.version)));
    }

    @GET
    @Path("/versions/{version}")
    @PermitAll
    @Operation(operationId = "communes_getCriteriaSetVersion", summary = "Read one version of a criteria set, draft or published")
    @APIResponse(responseCode = "200", description = "The version; `ETag` is its draft revision.", content = @Content(schema = @Schema(implementation = CriteriaSetView.class)))
    @APIResponse(responseCode = "404", description = "No such version.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "QD51-NTM-2026-2030") @PathParam("code") String code,
                        @Parameter(example = "2") @PathParam("version") @Min(1) int version) {
        return answer(drafts.find(code, version), Response.ok());
    }

    @PUT
    @Path("/versions/{version}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_editCriteriaSetDraft", summary = "Edit a draft version (If-Match: its revision)")
    @RequestBody(content = @Content(schema = @Schema(implementation = CriteriaSetDocument.class)))
    @APIResponse(responseCode = "200", description = "The edited draft.", content = @Content(schema = @Schema(implementation = CriteriaSetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid document; every offending field is listed.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version is published: it never changes.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older revision.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response edit(@Parameter(example = "QD51-NTM-2026-2030") @PathParam("code") String code,
                         @Parameter(example = "2") @PathParam("version") @Min(1) int version,
                         @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CriteriaSetDocument document) {
        return answer(drafts.edit(code, version, document, ifMatch), Response.ok());
    }

    @POST
    @Path("/versions/{version}/publish")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_publishCriteriaSetDraft", summary = "Publish a draft from a date; the version before is superseded from then")
    @RequestBody(content = @Content(schema = @Schema(implementation = Publication.class),
            examples = @ExampleObject(name = "QĐ 51/2025 in force", value = "{\"effectiveFrom\": \"2026-02-15\"}")))
    @APIResponse(responseCode = "200", description = "The published version.", content = @Content(schema = @Schema(implementation = CriteriaSetView.class)))
    @APIResponse(responseCode = "400", description = "effectiveFrom missing, outside the period, or before the previous version's.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already published.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older revision.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response publish(@Parameter(example = "QD51-NTM-2026-2030") @PathParam("code") String code,
                            @Parameter(example = "2") @PathParam("version") @Min(1) int version,
                            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Publication publication) {
        return answer(drafts.publish(code, version, publication.effectiveFrom(), ifMatch), Response.ok());
    }

    private Response answer(CriteriaSetEntity e, Response.ResponseBuilder builder) {
        CriteriaSetView view = sets.view(sets.toPublished(e));
        return builder.entity(view).tag(new EntityTag(String.valueOf(e.draftRevision))).build();
    }
}
