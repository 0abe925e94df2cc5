package vn.ntm.ocop.trace;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.audit.AuditEvent;
import vn.ntm.common.audit.AuditTrail;
import vn.ntm.common.http.Versions;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.security.Roles;

@Path("/api/v1/ocop/trace-codes")
@Tag(name = "OCOP traceability")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TraceCodeResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TraceService service;

    @Inject
    AuditTrail audit;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.SUBJECT})
    @Operation(operationId = "ocop_registerTraceCode", summary = "Register a trace code of a certified product (TCVN 13274:2020, GS1)",
            description = "GTIN with a lot (10) and/or a serial (21), and the GLN (414) of the production site, as separate fields or as one "
                    + "element string. The check digits are verified; the product needs a certificate in force; the answer carries the GS1 Digital Link for the QR code.")
    @APIResponse(responseCode = "201", description = "Registered; Location names it.", content = @Content(schema = @Schema(implementation = TraceViews.Code.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, malformed code, wrong check digit (errors[].field names gtin, gln, lot, serial or elementString).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the product's producer or a province officer of its province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Duplicate: the GTIN already has this lot / serial, or belongs to another product.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown product, or no certificate in force.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response register(@RequestBody(required = true, content = @Content(schema = @Schema(implementation = TraceRequests.Code.class), examples = {
            @ExampleObject(name = "fields", value = TraceExamples.CODE_FIELDS),
            @ExampleObject(name = "element-string", value = TraceExamples.CODE_ELEMENT_STRING)}))
            @NotNull(message = "a JSON body is required") @Valid TraceRequests.Code request) {
        TraceCode t = service.register(request);
        return Response.created(URI.create("/api/v1/ocop/trace-codes/" + t.id)).entity(service.view(service.find(t.id)))
                .tag(Versions.etag(t.version)).build();
    }

    @GET
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.SUBJECT})
    @Operation(operationId = "ocop_listTraceCodes", summary = "Trace codes of a product, with their events (its producer and province)")
    @APIResponse(responseCode = "200", description = "One page of trace codes, newest production first.")
    @APIResponse(responseCode = "400", description = "product missing or invalid paging.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the product's producer or a province officer of its province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<TraceViews.Code> list(@Parameter(description = "Product id (required).") @QueryParam("product") UUID product,
            @BeanParam @Valid PageQuery page) {
        if (product == null) {
            throw ApiException.invalidField("product", "name the product whose trace codes to list");
        }
        return service.list(product, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.SUBJECT})
    @Operation(operationId = "ocop_getTraceCode", summary = "A trace code with its events (its producer and province)")
    @APIResponse(responseCode = "200", description = "The trace code; ETag carries its version.", content = @Content(schema = @Schema(implementation = TraceViews.Code.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the product's producer or a province officer of its province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such trace code (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        TraceCode t = service.find(id);
        return Response.ok(service.view(t)).tag(Versions.etag(t.version)).build();
    }

    @POST
    @Path("/{id}/events")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.SUBJECT})
    @Operation(operationId = "ocop_recordTraceEvent", summary = "Record one step back (input, supplier) or one step forward (buyer, distributor)",
            description = "The data items of TT 02/2024 for the direction (GET /api/v1/ocop/trace-data-items); the mandatory ones must be present. "
                    + "An append, so no If-Match; send an Idempotency-Key when retrying.")
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(schema = @Schema(implementation = TraceViews.Event.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the product's producer or a province officer of its province.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such trace code (also one outside your token's territory, answered as one that does not exist).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A mandatory data item missing, an unknown one, a wrong partner GLN (errors[].field: data.CODE, partnerGln).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") UUID id,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TraceRequests.Event.class), examples = {
                    @ExampleObject(name = "one-step-back", value = TraceExamples.EVENT_BACK),
                    @ExampleObject(name = "one-step-forward", value = TraceExamples.EVENT_FORWARD)}))
            @NotNull(message = "a JSON body is required") @Valid TraceRequests.Event request) {
        TraceEvent e = service.record(id, request);
        return Response.created(URI.create("/api/v1/ocop/trace-codes/" + id + "/events/" + e.id)).entity(TraceMapper.event(e)).build();
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Operation(operationId = "ocop_traceCodeAudit", summary = "Writes recorded against a trace code and its events (administrators)")
    @APIResponse(responseCode = "200", description = "Audit events, newest first.")
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Audit trails are for administrators.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such trace code.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<AuditEvent> audit(@PathParam("id") UUID id, @BeanParam @Valid PageQuery page) {
        TraceCode t = service.find(id);
        return audit.forRecord("/api/v1/ocop/trace-codes/" + t.id, page);
    }
}
