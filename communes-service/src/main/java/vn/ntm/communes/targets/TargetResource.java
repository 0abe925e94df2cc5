package vn.ntm.communes.targets;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.recognition.report.Reports;
import vn.ntm.communes.units.ProvinceRef;
import vn.ntm.communes.units.QueryParams;
import vn.ntm.communes.units.Today;

/** Provincial targets and progress towards them. */
@Path("/api/v1/provinces/{code}")
@Tag(name = "Targets and progress", description = "Provincial targets per year and progress of rural communes towards them.")
public class TargetResource {

    private final TargetService targets;
    private final ProgressService progress;
    private final Today today;

    TargetResource(TargetService targets, ProgressService progress, Today today) {
        this.targets = targets;
        this.progress = progress;
        this.today = today;
    }

    @PUT
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMINISTRATOR})
    @Path("targets/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a province's targets for a year", operationId = "communes_putTargets",
            description = "Creates the year's targets (201), or replaces them (200) with `If-Match` set to the ETag of the last read. "
                    + "The targets belong to the province carrying the code at the end of the year, or to the last one that carried "
                    + "it (2025 targets of 30 are Tỉnh Hải Dương's).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetRequest.class),
            examples = @ExampleObject(name = "Hải Dương 2025", value = """
                    {"targets": {"ADVANCED": 94, "MODEL": 35}, "source": "Kế hoạch 4647/KH-UBND điều chỉnh Kế hoạch 1290/KH-UBND"}""")))
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "201", description = "Created", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, code or year", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown province", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Target above the number of rural communes, or model above advanced", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "Replacing without If-Match", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response put(@Parameter(example = "30") @PathParam("code") String code, @Parameter(example = "2025") @PathParam("year") String year,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TargetRequest request) {
        int y = requiredYear(year);
        ProvinceRef province = targets.provinceFor(requiredProvince(code), y);
        TargetService.Saved saved = targets.put(province, y, request, ifMatch);
        return Response.status(saved.created() ? 201 : 200).tag(String.valueOf(saved.target().version))
                .entity(TargetService.view(province, saved.target())).build();
    }

    @GET
    @PermitAll
    @Path("targets/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a province's targets for a year", operationId = "communes_getTargets")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetView.class)))
    @APIResponse(responseCode = "400", description = "Bad code or year", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown province, or no targets for that year", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "30") @PathParam("code") String code, @Parameter(example = "2025") @PathParam("year") String year) {
        int y = requiredYear(year);
        ProvinceRef province = targets.provinceFor(requiredProvince(code), y);
        ProvinceTargetEntity target = targets.find(province.id(), y)
                .orElseThrow(() -> ApiException.notFound("Targets of " + province.name() + " for", y));
        return Response.ok(TargetService.view(province, target)).tag(String.valueOf(target.version)).build();
    }

    @GET
    @PermitAll
    @Path("progress")
    @Produces({MediaType.APPLICATION_JSON, Reports.CSV, Reports.XLSX})
    @Operation(summary = "Progress of a province towards its targets", operationId = "communes_getProgress",
            description = "Per level: communes holding it (or a higher level) by a recognition in force, counted by `basis` "
                    + "(RECOGNITION_YEAR: recognition year up to `year`, decided by asOf; DECISION_DATE: decided by the end of `year`), "
                    + "against the rural communes (XA) of the province, with the target and what remains. Shares as an exact fraction, "
                    + "a rate and a percentage. `Accept: text/csv` or the Excel media type gives the same as a file for reports.")
    @APIResponse(responseCode = "200", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressView.class)),
        @Content(mediaType = Reports.CSV, schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = Reports.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Bad code, year, basis or date", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown province", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response progress(@Parameter(example = "30") @PathParam("code") String code,
            @Parameter(description = "Year, default the current one", example = "2025") @QueryParam("year") String year,
            @Parameter(description = "RECOGNITION_YEAR (default) or DECISION_DATE", example = "RECOGNITION_YEAR") @QueryParam("basis") String basis,
            @Parameter(description = "Recognitions known on this date count (YYYY-MM-DD), default today", example = "2025-12-31") @QueryParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        String province = requiredProvince(code);
        Integer y = QueryParams.year("year", year);
        Basis b = QueryParams.enumValue("basis", basis, Basis.class);
        java.time.LocalDate date = QueryParams.date("asOf", asOf);
        ProgressView view = progress.progress(province, y != null ? y : today.orToday(date).getYear(),
                b == null ? Basis.RECOGNITION_YEAR : b, date);
        Reports.Format format = Reports.negotiate(headers);
        if (format == Reports.Format.JSON) {
            return Response.ok(view).type(MediaType.APPLICATION_JSON).build();
        }
        return Reports.file(ProgressService.table(view), format, "progress-" + view.province().code() + "-" + view.year() + "-" + view.basis());
    }

    private static String requiredProvince(String code) {
        String checked = QueryParams.provinceCode("code", code);
        if (checked == null) {
            throw ApiException.invalidField("code", "is required");
        }
        return checked;
    }

    private static int requiredYear(String year) {
        Integer y = QueryParams.year("year", year);
        if (y == null) {
            throw ApiException.invalidField("year", "is required");
        }
        return y;
    }
}
