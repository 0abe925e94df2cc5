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

@Path("/api/v1/ocop/products/{id}/mark-uses")
@Tag(name = "OCOP mark")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MarkUseResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    MarkUseService service;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.SUBJECT})
    @Operation(operationId = "ocop_registerMarkUse", summary = "Register a use of the OCOP mark for a certified product",
            description = "Packaging, label, sales channel or advertising, with where and from when. The product needs a certificate in force.")
    @APIResponse(responseCode = "201", description = "Registered.", content = @Content(schema = @Schema(implementation = MarkViews.UseView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the product's producer or a province officer of its province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown kind, no certificate in force, dates outside the certificate.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MarkRequests.Use.class),
                    examples = @ExampleObject(name = "packaging", value = MarkExamples.USE)))
            @NotNull(message = "a JSON body is required") @Valid MarkRequests.Use request) {
        MarkUse use = service.register(id, request);
        return Response.created(URI.create("/api/v1/ocop/products/" + id + "/mark-uses/" + use.id)).entity(MarkMapper.use(use)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "ocop_listMarkUses", summary = "Registered uses of the OCOP mark for a product (public)")
    @APIResponse(responseCode = "200", description = "One page of uses, newest first.")
    @APIResponse(responseCode = "400", description = "Invalid paging.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<MarkViews.UseView> uses(@PathParam("id") UUID id, @BeanParam @Valid PageQuery page) {
        return service.uses(id, page);
    }
}
