package vn.ntm.communes.signoff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.signoff.SignOffApi.QueueItem;
import vn.ntm.communes.signoff.SignOffApi.SectorList;
import vn.ntm.communes.signoff.SignOffApi.SectorView;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria sign-off")
public class SignOffQueueResource {

    @Inject
    SignOffQueue queue;

    @Inject
    CurrentActor currentActor;

    @GET
    @Path("/criteria-sign-off/queue")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.APPRAISER, Roles.SECTOR_OFFICER})
    @Operation(operationId = "communes_getCriteriaSignOffQueue", summary = "A department's work list: dossiers with criteria awaiting its sign-off, oldest first",
            description = "A sector officer sees its province and its sectors (another sector is a 403); province officers and appraisers their "
                    + "province, for one sector or all. Awaiting: never acted on, unapproved, or corrected by the commune since.")
    @APIResponse(responseCode = "200", description = "A page of dossiers, each with the criteria that await the department.")
    @APIResponse(responseCode = "400", description = "Invalid province, unknown sector, or no province for an administrator.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another province, or a sector the token does not speak for.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<QueueItem> queue(
            @Parameter(description = "2-digit GSO province code; the token's by default.", example = "30") @QueryParam("province")
            @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @Parameter(description = "A sector code; the token's sectors (a sector officer) or all by default.", example = "TRANSPORT") @QueryParam("sector")
            @Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "must be a sector code such as TRANSPORT") String sector,
            @BeanParam @Valid PageQuery page) {
        return queue.forCaller(currentActor.get(), province, sector, page);
    }

    @GET
    @Path("/sectors")
    @Operation(operationId = "communes_listSectors", summary = "The sector departments that confirm criteria, with their sources")
    @APIResponse(responseCode = "200", description = "Every sector, by code.")
    public SectorList sectors() {
        return new SectorList(SignOffService.sectors().values().stream().sorted(java.util.Comparator.comparing(SectorView::code)).toList());
    }
}
