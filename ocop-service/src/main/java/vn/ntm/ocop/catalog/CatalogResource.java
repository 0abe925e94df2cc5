package vn.ntm.ocop.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;

@Path("/api/v1/ocop/product-groups")
@Tag(name = "OCOP rules")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    @Inject
    Catalog catalog;

    @GET
    @PermitAll
    @Operation(operationId = "ocop_listProductGroups", summary = "List the six product groups of Decision 148 with their sub-groups",
            description = "Each sub-group carries the ministry in charge, its legal source and whether it was read in the official appendix (V) or is to be confirmed (I).")
    @APIResponse(responseCode = "200", description = "Product groups in the order of the decision.")
    @APIResponse(responseCode = "400", description = "Invalid parameter.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<ProductGroupView> list(@BeanParam @Valid PageQuery page) {
        return catalog.groups(page);
    }
}
