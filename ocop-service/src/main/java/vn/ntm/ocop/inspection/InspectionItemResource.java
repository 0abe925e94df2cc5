package vn.ntm.ocop.inspection;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.Problem;

@Path("/api/v1/ocop/inspection-items")
@Tag(name = "OCOP inspections")
@Produces(MediaType.APPLICATION_JSON)
public class InspectionItemResource {

    @Inject
    InspectionService service;

    @GET
    @PermitAll
    @Operation(operationId = "ocop_listInspectionItems", summary = "The items an inspector checks, with their legal source (public)")
    @APIResponse(responseCode = "200", description = "The items, by code.")
    @APIResponse(responseCode = "406", description = "Only JSON is served.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public List<InspectionView.ItemView> items() {
        return service.itemViews();
    }
}
