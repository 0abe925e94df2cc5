package vn.ntm.ocop.mark;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

@Path("/api/v1/ocop/mark-rules")
@Tag(name = "OCOP mark", description = "Uses of the OCOP mark per certified product, reported violations and how they were handled.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MarkRulesResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    MarkUseService service;

    @GET
    @PermitAll
    @Operation(operationId = "ocop_markRules", summary = "Kinds of mark use, kinds of violation and actions, with their legal source (public)")
    @APIResponse(responseCode = "200", description = "The rules (data, migration V20).", content = @Content(schema = @Schema(implementation = MarkViews.Rules.class)))
    @APIResponse(responseCode = "406", description = "Only JSON is served.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public MarkViews.Rules rules() {
        return service.rules();
    }
}
