package vn.ntm.ocop.trace;

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

@Path("/api/v1/ocop/trace-data-items")
@Tag(name = "OCOP traceability")
@Produces(MediaType.APPLICATION_JSON)
public class TraceDataItemResource {

    @Inject
    TraceService service;

    @GET
    @Operation(operationId = "ocop_listTraceDataItems", summary = "The minimum trace data items of TT 02/2024, with their source (public)")
    @APIResponse(responseCode = "200", description = "PRODUCT items come from the records; BACK and FORWARD items are sent with events (data, V21).")
    @APIResponse(responseCode = "406", description = "Only JSON is served.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @PermitAll
    public List<TraceViews.DataItem> items() {
        return service.items();
    }
}
