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

@Path("/api/v1/commune-groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commune groups")
public class CommuneGroupImportResource {

    @Inject
    CommuneGroupService service;

    @POST
    @Path("/import")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "communes_importCommuneGroups", summary = "Import commune groups from CSV: all rows or none",
            description = "Header: " + CommuneGroupService.CSV_HEADER + ". Every bad row is reported with its line; nothing is stored unless all rows are good.")
    @RequestBody(content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "Two communes", value = CommuneGroupService.CSV_HEADER
            + "\n03166,GROUP_3,2026-02-15,ETHNIC_MOUNTAIN_ZONE,QĐ phân định khu vực III,2026-01-20,UBND tỉnh Điện Biên,\n")))
    @APIResponse(responseCode = "200", description = "How many placements were stored.", content = @Content(schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "400", description = "Bad header or rows; each named by its line.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A row of another province.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ImportResult importCsv(String csv) {
        return new ImportResult(service.importCsv(csv));
    }
}
