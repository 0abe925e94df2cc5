package vn.ntm.communes.recognition;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.Level;
import vn.ntm.communes.recognition.report.Reports;
import vn.ntm.communes.recognition.report.Table;
import vn.ntm.communes.units.QueryParams;

/** The recognition registry over HTTP: record, revoke, read, list and export. */
@Path("/api/v1/recognitions")
@Tag(name = "Recognitions", description = "Registry of NTM, advanced and model recognitions of communes, and their revocations.")
public class RecognitionResource {

    static final String RECORD_EXAMPLE = """
            {"communeCode": "10657", "level": "MODEL", "criteriaSetCode": "QD319-MODEL-2021-2025", "recognitionYear": 2024,
             "decisionNumber": "1143/QĐ-UBND", "decisionDate": "2025-04-29", "signer": "Chủ tịch UBND tỉnh Hải Dương",
             "outstandingField": "CULTURE"}""";

    private final RecognitionService service;
    private final RecognitionQueries queries;
    private final RecognitionConfig config;
    private final RecognitionAudit audit;

    RecognitionResource(RecognitionService service, RecognitionQueries queries, RecognitionConfig config, RecognitionAudit audit) {
        this.service = service;
        this.queries = queries;
        this.config = config;
        this.audit = audit;
    }

    @POST
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMINISTRATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a recognition decided outside the platform", operationId = "communes_recordRecognition",
            description = "Bootstraps the registry from paper decisions (e.g. Hải Dương's 65 advanced and 19 model communes of "
                    + "January 2025). The commune is the unit carrying the code on the decision date; it must be a rural commune (XA). "
                    + "MODEL needs an outstanding field and an ADVANCED recognition in force on the decision date.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecognitionRequest.class),
            examples = @ExampleObject(name = "Xã Đồng Lạc, model for culture (2024 cohort)", value = RECORD_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecognitionView.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or invalid field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already recorded, or the level is already held under this criteria set", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown commune on that date, not a rural commune, dates or year inconsistent, or MODEL without ADVANCED", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response record(@Valid @NotNull RecognitionRequest request, @Context UriInfo uri) {
        RecognitionEntity recorded = service.recordDecided(request);
        return Response.created(uri.getAbsolutePathBuilder().path(recorded.id.toString()).build())
                .entity(queries.one(recorded.id)).build();
    }

    @GET
    @PermitAll
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read one recognition", operationId = "communes_getRecognition")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecognitionView.class)))
    @APIResponse(responseCode = "400", description = "Not a UUID", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such recognition", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public RecognitionView get(@PathParam("id") String id) {
        RecognitionView view = queries.one(uuid(id));
        if (view == null) {
            throw ApiException.notFound("Recognition", id);
        }
        return view;
    }

    @POST
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMINISTRATOR})
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke a recognition", operationId = "communes_revokeRecognition",
            description = "Ends the recognition with the revocation decision (number, date, reason). Nothing is deleted; "
                    + "the recognition stays in the history as REVOKED and no longer counts from the revocation date.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RevocationRequest.class),
            examples = @ExampleObject(name = "Revocation", value = """
                    {"decisionNumber": "2210/QĐ-UBND", "decisionDate": "2025-06-20",
                     "reason": "Tiêu chí Môi trường và Thu nhập không còn đạt sau rà soát năm 2025"}""")))
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecognitionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid field", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such recognition", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Revocation dated before the recognition or in the future", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public RecognitionView revoke(@PathParam("id") String id, @Valid @NotNull RevocationRequest request) {
        RecognitionEntity revoked = service.revoke(uuid(id), request);
        return queries.one(revoked.id);
    }

    @GET
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Path("{id}/audit")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit trail of a recognition", operationId = "communes_getRecognitionAudit",
            description = "Every write to the recognition, refused ones included, newest first; an acknowledgement override "
                    + "shows its stated reason in `detail`.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "400", description = "Not a UUID, or bad page", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No token", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an administrator", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public vn.ntm.common.paging.PageResponse<RecognitionAudit.Entry> audit(@PathParam("id") String id, @BeanParam @Valid PageQuery page) {
        return audit.of(uuid(id), page);
    }

    /** The audit page, named for the OpenAPI document. */
    @Schema(name = "CommunesAuditPage")
    public record AuditPage(List<RecognitionAudit.Entry> items, int page, int size, long totalItems) {
    }

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, Reports.CSV, Reports.XLSX})
    @Operation(summary = "List or export recognitions for reports", operationId = "communes_listRecognitions",
            description = "Filters combine. `province` matches the province the earning unit belonged to (Hải Dương's "
                    + "recognitions stay under 30). With `Accept: text/csv` or the Excel media type the answer is a file of every "
                    + "matching recognition (no paging, at most ntm.communes.recognition.export-max-rows).")
    @APIResponse(responseCode = "200", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecognitionPage.class)),
        @Content(mediaType = Reports.CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = Reports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Bad filter or page", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Export larger than the limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "2-digit GSO province code", example = "30") @QueryParam("province") String province,
            @Parameter(description = "NTM, ADVANCED or MODEL", example = "ADVANCED") @QueryParam("level") String level,
            @Parameter(description = "Recognition year (năm đạt chuẩn)", example = "2024") @QueryParam("year") String year,
            @Parameter(description = "IN_FORCE or REVOKED", example = "IN_FORCE") @QueryParam("status") String status,
            @BeanParam @Valid PageQuery page, @Context HttpHeaders headers) {
        RecognitionQueries.Filter filter = new RecognitionQueries.Filter(null, QueryParams.provinceCode("province", province),
                QueryParams.enumValue("level", level, Level.class), QueryParams.year("year", year),
                status == null || status.isBlank() ? null : QueryParams.enumValue("status", status, Status.class).name());
        Reports.Format format = Reports.negotiate(headers);
        if (format == Reports.Format.JSON) {
            return Response.ok(queries.page(filter, page)).type(MediaType.APPLICATION_JSON).build();
        }
        List<RecognitionView> rows = queries.all(filter, config.exportMaxRows());
        if (rows.size() > config.exportMaxRows()) {
            throw ApiException.unprocessable("More than " + config.exportMaxRows() + " recognitions match; narrow the export with province, level or year.");
        }
        String stem = "recognitions" + (filter.provinceCode() == null ? "" : "-" + filter.provinceCode())
                + (filter.year() == null ? "" : "-" + filter.year());
        return Reports.file(table(rows), format, stem);
    }

    /** Status filter values. */
    enum Status { IN_FORCE, REVOKED }

    /** The JSON page, named for the OpenAPI document. */
    @Schema(name = "CommunesRecognitionPage")
    public record RecognitionPage(List<RecognitionView> items, int page, int size, long totalItems) {
    }

    static Table table(List<RecognitionView> rows) {
        List<List<Object>> cells = new ArrayList<>();
        for (RecognitionView r : rows) {
            List<Object> row = new ArrayList<>();
            row.add(r.id().toString());
            row.add(r.provinceCode());
            row.add(r.provinceName());
            row.add(r.communeCode());
            row.add(r.communeName());
            row.add(r.level().name());
            row.add(r.criteriaSetCode());
            row.add(r.recognitionYear());
            row.add(r.decisionNumber());
            row.add(r.decisionDate());
            row.add(r.signer());
            row.add(r.outstandingField());
            row.add(r.status());
            row.add(r.revocation() == null ? null : r.revocation().decisionNumber());
            row.add(r.revocation() == null ? null : r.revocation().decisionDate());
            row.add(r.revocation() == null ? null : r.revocation().reason());
            row.add(r.dossierId() == null ? null : r.dossierId().toString());
            cells.add(row);
        }
        return new Table("Recognitions", List.of("Registry of recognitions (communes-service)"),
                List.of("id", "provinceCode", "provinceName", "communeCode", "communeName", "level", "criteriaSetCode",
                        "recognitionYear", "decisionNumber", "decisionDate", "signer", "outstandingField", "status",
                        "revocationDecisionNumber", "revocationDate", "revocationReason", "dossierId"),
                cells);
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ApiException(ProblemType.BAD_REQUEST, "'" + id + "' is not a recognition id (a UUID).");
        }
    }
}
