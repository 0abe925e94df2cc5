package vn.ntm.communes.signoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.signoff.SignOffApi.SignOffRequest;
import vn.ntm.communes.signoff.SignOffApi.SignOffSheet;

@Path("/api/v1/dossiers/{id}/criteria-sign-off")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria sign-off", description = "Each sector department confirms the criteria it is responsible for, or returns them to the commune, before the appraisal council votes.")
public class SignOffResource {

    @Inject
    SignOffService service;

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER, Roles.APPRAISER, Roles.COUNCIL_MEMBER, Roles.SECTOR_OFFICER})
    @Operation(operationId = "communes_getCriteriaSignOff", summary = "Read a dossier's sign-off per criterion: who signed and when, what was returned and why, the history")
    @APIResponse(responseCode = "200", description = "The sheet; `ETag` is its version, to send in If-Match.", content = @Content(schema = @Schema(implementation = SignOffSheet.class)))
    @APIResponse(responseCode = "404", description = "No such dossier.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        SignOffSheet sheet = service.get(id);
        return Response.ok(sheet).tag(new EntityTag(String.valueOf(sheet.version()))).build();
    }

    @POST
    @RolesAllowed(Roles.SECTOR_OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_actOnCriteriaSignOff", summary = "Approve, return for revision or unapprove criteria of the caller's sectors",
            description = "Only a SECTOR_OFFICER of the dossier's province, and only on criteria its `sectors` claim names (403 otherwise, before "
                    + "anything else is checked). The dossier must be submitted to the province and not yet voted on by the council (409). "
                    + "APPROVE: PENDING, RETURNED or CORRECTED → APPROVED. RETURN (reason required): PENDING or CORRECTED → RETURNED; the commune may "
                    + "then correct the values of those criteria only, which makes them CORRECTED. UNAPPROVE: APPROVED → PENDING. Every act is kept in "
                    + "the history and the audit trail.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SignOffRequest.class), examples = {
            @ExampleObject(name = "Approve", value = "{\"act\": \"APPROVE\", \"criteria\": [2], \"note\": \"Sở Giao thông vận tải tỉnh Hải Dương: tiêu chí Giao thông đạt\"}"),
            @ExampleObject(name = "Return for revision", value = "{\"act\": \"RETURN\", \"criteria\": [2], \"reason\": \"Tỷ lệ đường trục thôn được "
                    + "cứng hóa chưa khớp biên bản nghiệm thu; đề nghị xã Cẩm Hưng rà soát lại chỉ tiêu 2.2\"}"),
            @ExampleObject(name = "Unapprove", value = "{\"act\": \"UNAPPROVE\", \"criteria\": [2], \"note\": \"Phát hiện sai lệch khi thẩm tra thực địa\"}")}))
    @APIResponse(responseCode = "200", description = "Recorded; the new `ETag` is returned.", content = @Content(schema = @Schema(implementation = SignOffSheet.class)))
    @APIResponse(responseCode = "400", description = "Invalid body (RETURN without a reason, a criterion named twice).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a sector officer of the dossier's province, or a criterion of another sector.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such dossier.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not submitted yet, or the council has voted; or the criterion's standing does not allow the act.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A criterion that is not in the dossier's set.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response act(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid SignOffRequest request) {
        SignOffSheet sheet = service.act(id, request, ifMatch);
        return Response.ok(sheet).tag(new EntityTag(String.valueOf(sheet.version()))).build();
    }
}
