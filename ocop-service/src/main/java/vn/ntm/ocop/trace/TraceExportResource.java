package vn.ntm.ocop.trace;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

@Path("/api/v1/ocop/products/{id}/trace-export")
@Tag(name = "OCOP traceability")
@Produces(MediaType.APPLICATION_JSON)
public class TraceExportResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TraceExportService service;

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.SUBJECT})
    @Operation(operationId = "ocop_exportTraceData", summary = "A product's trace data in the national portal's JSON shape",
            description = "The shape (field names and mapping) is the configured mapping file (ocop.trace.export-mapping), because the "
                    + "portal's import schema is not public; the default names are assumptions. Holds the partners' names: for the producer and its province.")
    @APIResponse(responseCode = "200", description = "The product with its trace codes and their events, named as the mapping says.",
            content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the product's producer or a province officer of its province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public ObjectNode export(@PathParam("id") UUID id) {
        return service.export(id);
    }
}
