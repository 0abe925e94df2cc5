package vn.ntm.communes.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.assessment.AssessmentApi.AssessmentListItem;
import vn.ntm.communes.assessment.AssessmentApi.AssessmentView;
import vn.ntm.communes.assessment.AssessmentApi.EvaluationView;
import vn.ntm.communes.assessment.AssessmentApi.Import;
import vn.ntm.communes.assessment.AssessmentApi.NewAssessment;
import vn.ntm.communes.assessment.AssessmentApi.ValueInput;

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Self-assessment of a commune against a criteria set: indicator values with evidence, evaluation, revocation test.")
public class AssessmentResource {

    @Inject
    AssessmentService service;

    @POST
    @RolesAllowed({Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER, Roles.ADMINISTRATOR})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_openAssessment", summary = "Open an assessment of a commune against a criteria set for a year",
            description = "The commune is the unit carrying the code in that year; the province's latest overlay of the set is pinned to the assessment.")
    @RequestBody(content = @Content(schema = @Schema(implementation = NewAssessment.class), examples = @ExampleObject(name = "Xã Cẩm Hưng, advanced 2024",
            value = "{\"communeCode\": \"10894\", \"criteriaSetCode\": \"QD318-ADVANCED-2021-2025\", \"year\": 2024}")))
    @APIResponse(responseCode = "201", description = "Opened; `ETag` is its version.", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown set or commune, year outside the set's period, not a commune, or no thresholds for its region.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response open(@NotNull @Valid NewAssessment request) {
        AssessmentView view = service.open(request);
        return Response.created(URI.create("/api/v1/assessments/" + view.id())).entity(view).tag(etag(view)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "communes_listAssessments", summary = "List assessments, newest year first, each with its evaluation summary",
            description = "The gateway's commune view reads the latest with `?commune={code}&size=1`.")
    @APIResponse(responseCode = "200", description = "A page of assessments.")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<AssessmentListItem> list(
            @Parameter(description = "5-digit GSO commune code.", example = "10894") @QueryParam("commune")
            @Pattern(regexp = "\\d{5}", message = "must be a 5-digit GSO commune code") String commune,
            @Parameter(example = "2024") @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @BeanParam @Valid PageQuery page) {
        return service.list(commune, year, page);
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(operationId = "communes_getAssessment", summary = "Read an assessment with its recorded values")
    @APIResponse(responseCode = "200", description = "The assessment; `ETag` is its version.", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", description = "No such assessment.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        AssessmentView view = service.get(id);
        return Response.ok(view).tag(etag(view)).build();
    }

    @PUT
    @RolesAllowed({Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER, Roles.ADMINISTRATOR})
    @Path("/{id}/indicators/{indicatorCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_recordIndicatorValue", summary = "Record the value of one indicator with its evidence",
            description = "A number for NUMERIC indicators, true/false for PASS_FAIL, a code of the province's list for CHOICE. Needs If-Match.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ValueInput.class), examples = @ExampleObject(name = "Income 2024",
            value = "{\"value\": 68.2, \"evidence\": [{\"documentNumber\": \"125/BC-UBND\", \"documentDate\": \"2024-11-20\", "
                    + "\"title\": \"Báo cáo thu nhập bình quân đầu người năm 2024, xã Cẩm Hưng\", \"link\": \"https://camgiang.haiduong.gov.vn/van-ban/125-bc-ubnd.pdf\"}]}")))
    @APIResponse(responseCode = "200", description = "Recorded; the new `ETag` is returned.", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Value of the wrong type or out of range.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such assessment or indicator.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A dossier on this assessment has been submitted: values are frozen, except the indicators of criteria a sector department returned for revision and indicators a field verification flagged.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The indicator is derived (recognition), not recorded.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("id") UUID id, @Parameter(example = "10.1") @PathParam("indicatorCode") String indicatorCode,
                           @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ValueInput input) {
        AssessmentView view = service.record(id, indicatorCode, input, ifMatch);
        return Response.ok(view).tag(etag(view)).build();
    }

    @POST
    @RolesAllowed({Roles.COMMUNE_OFFICER, Roles.PROVINCE_OFFICER, Roles.ADMINISTRATOR})
    @Path("/{id}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_importIndicatorValues", summary = "Import many indicator values at once (all or nothing)",
            description = "Every bad row is reported (`errors[].field` = `values[i]...`) and nothing is written. Needs If-Match.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Import.class), examples = @ExampleObject(name = "Two values",
            value = "{\"values\": [{\"indicatorCode\": \"1.1\", \"value\": true, \"evidence\": [{\"documentNumber\": \"2150/QĐ-UBND\", \"documentDate\": \"2022-06-15\"}]},"
                    + " {\"indicatorCode\": \"15.1\", \"value\": 96.4}]}")))
    @APIResponse(responseCode = "200", description = "Imported; the new `ETag` is returned.", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "Bad rows, each listed.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such assessment.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A dossier on this assessment has been submitted: values are frozen, except the indicators of criteria a sector department returned for revision and indicators a field verification flagged.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response importValues(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Import body) {
        AssessmentView view = service.importValues(id, body.values(), ifMatch);
        return Response.ok(view).tag(etag(view)).build();
    }

    @GET
    @PermitAll
    @Path("/{id}/evaluation")
    @Operation(operationId = "communes_evaluateAssessment", summary = "Evaluate an assessment: each indicator and criterion, criteria met, eligibility, revocation test",
            description = "Thresholds are picked by the commune's region (or commune group) and the assessment year, with the provincial overlay applied. "
                    + "An indicator without a value or without a threshold is MISSING and says why.")
    @APIResponse(responseCode = "200", description = "The evaluation.", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such assessment.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public EvaluationView evaluation(@PathParam("id") UUID id,
                                     @Parameter(description = "Day on which recognitions are checked (model conditions); today by default.")
                                     @QueryParam("asOf") LocalDate asOf) {
        return service.evaluation(id, asOf);
    }

    @GET
    @PermitAll
    @Path("/{id}/simulation")
    @Operation(operationId = "communes_simulateAssessment", summary = "Simulate: the assessment's values against another version (a draft) of its set",
            description = "Marked simulation: true; it decides nothing.")
    @APIResponse(responseCode = "200", description = "The simulated evaluation.", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "criteriaSetVersion missing or not a positive number.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such assessment or version.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public EvaluationView simulation(@PathParam("id") UUID id,
                                     @Parameter(description = "Version of the assessment's set, draft or published.", example = "2")
                                     @QueryParam("criteriaSetVersion") @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Min(1) Integer version,
                                     @QueryParam("asOf") LocalDate asOf) {
        return service.simulate(id, version, asOf);
    }

    private static EntityTag etag(AssessmentView view) {
        return new EntityTag(String.valueOf(view.version()));
    }
}
