package vn.ntm.ocop.trace;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.Problem;
import vn.ntm.ocop.support.OcopConfig;

@Path("/api/v1/ocop/trace-verification")
@Tag(name = "OCOP traceability", description = "Trace codes (TCVN 13274:2020, GS1), trace events of TT 02/2024, public verification, export.")
@Produces(MediaType.APPLICATION_JSON)
public class TraceVerificationResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TraceVerificationService service;

    @Inject
    OcopConfig config;

    @GET
    @Path("/01/{gtin}/{qualifier: 10|21}/{value}")
    @PermitAll
    @Operation(operationId = "ocop_verifyTraceLink", summary = "Verify a product by its GS1 Digital Link (public)",
            description = "The path of the QR code's link, /01/{gtin}/10/{lot} or /01/{gtin}/21/{serial}: the trace code, the product's "
                    + "certificate and its state today, the last inspection line. No personal data. Cacheable: ETag, If-None-Match → 304, Cache-Control.")
    @APIResponse(responseCode = "200", description = "The verification; ETag and Cache-Control: public.",
            content = @Content(schema = @Schema(implementation = TraceViews.Verification.class), examples = @ExampleObject(name = "vai-thieu-lot", value = TraceExamples.VERIFICATION)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "Not a GTIN (wrong check digit) or not a valid lot / serial.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No trace code registered for it.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response byLink(@Parameter(example = "08938505974019") @PathParam("gtin") String gtin,
            @Parameter(description = "10 (lot) or 21 (serial).", example = "10") @PathParam("qualifier") String qualifier,
            @Parameter(example = "L2025-07") @PathParam("value") String value, @Context Request request) {
        return cacheable(service.byLink(gtin, qualifier, value), request);
    }

    @GET
    @Path("/01/{gtin}/10/{lot}/21/{serial}")
    @PermitAll
    @Operation(operationId = "ocop_verifyTraceLinkUnit", summary = "Verify one unit of a lot by its GS1 Digital Link (public)",
            description = "The QR code's link when the trace code has both a lot and a serial (the Digital Link standard puts 10 before 21): "
                    + "that unit's trace code, as the single-qualifier link answers. No personal data. Cacheable: ETag, If-None-Match → 304, Cache-Control.")
    @APIResponse(responseCode = "200", description = "The verification; ETag and Cache-Control: public.",
            content = @Content(schema = @Schema(implementation = TraceViews.Verification.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "Not a GTIN (wrong check digit) or not a valid lot / serial.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No trace code registered for it.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response byLinkWithSerial(@Parameter(example = "08938505974019") @PathParam("gtin") String gtin,
            @Parameter(example = "L2025-07") @PathParam("lot") String lot,
            @Parameter(example = "000123") @PathParam("serial") String serial, @Context Request request) {
        return cacheable(service.byLotAndSerial(gtin, lot, serial), request);
    }

    @GET
    @PermitAll
    @Operation(operationId = "ocop_verifyTraceCode", summary = "Verify a product by its trace code in GS1 human-readable form (public)",
            description = "As the Digital Link verification, for a code typed or read as (01)…(10)….")
    @APIResponse(responseCode = "200", description = "The verification; ETag and Cache-Control: public.",
            content = @Content(schema = @Schema(implementation = TraceViews.Verification.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match.")
    @APIResponse(responseCode = "400", description = "Malformed code or wrong check digit.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No trace code registered for it.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response byCode(@Parameter(description = "The trace code.", example = "(01)08938505974019(10)L2025-07") @QueryParam("code") String code,
            @Context Request request) {
        return cacheable(service.byElementString(code), request);
    }

    private Response cacheable(TraceViews.Verification answer, Request request) {
        EntityTag tag = new EntityTag(service.etag(answer));
        // written out because JAX-RS' CacheControl has no "public" directive
        String cache = "public, max-age=" + config.trace().verificationMaxAge().toSeconds();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header("Cache-Control", cache).build();
        }
        return Response.ok(answer).tag(tag).header("Cache-Control", cache).build();
    }
}
