package vn.ntm.communes.groups;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.groups.GroupApi.GroupView;
import vn.ntm.communes.groups.GroupApi.ImportResult;
import vn.ntm.communes.groups.GroupApi.NewGroup;

@Path("/api/v1/communes/{code}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commune groups", description = "Dated commune groups (nhóm xã) of QĐ 51/2025/QĐ-TTg, each with its basis.")
public class CommuneGroupResource {

    static final String EXAMPLE = """
            {"group": "GROUP_3", "validFrom": "2026-02-15", "basis": "ETHNIC_MOUNTAIN_ZONE",
             "basisDocument": "Quyết định phân định xã khu vực III (số hiệu do tỉnh nhập)", "basisDate": "2026-01-20",
             "source": "UBND tỉnh Điện Biên"}""";

    @Inject
    CommuneGroupService service;

    @GET
    @PermitAll
    @Operation(operationId = "communes_listCommuneGroups", summary = "History of a commune's group, newest first")
    @APIResponse(responseCode = "200", description = "Every placement with its basis and validity.")
    @APIResponse(responseCode = "400", description = "Not a 5-digit code.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No commune with this code today.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<GroupView> history(@Parameter(example = "03166") @PathParam("code") String code) {
        List<GroupView> items = service.history(code);
        // a commune has a handful of placements over a period: one page holds them all
        return PageResponse.of(items, new vn.ntm.common.paging.PageQuery(0, Math.max(1, Math.min(200, items.size()))), items.size());
    }

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_placeCommuneGroup", summary = "Place a commune in a group from a date, with its basis")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewGroup.class), examples = @ExampleObject(name = "Zone III commune", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The placement.", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another province's commune.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No commune with this code on validFrom.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A ward, a basis that does not fit the group, or a placement already on that date.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response place(@Parameter(example = "03166") @PathParam("code") String code, @NotNull @Valid NewGroup request) {
        return Response.status(Response.Status.CREATED).entity(service.place(code, request)).build();
    }
}
