package vn.ntm.gateway.view;

import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Year;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.Problem;

/** The gateway's own endpoints: composite views over the three services, for the mobile app and dashboards. */
@Path("/api/v1/views")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Views", description = "Composite views assembled by the gateway from the three services. Missing parts are"
        + " reported in meta, never hidden.")
public class ViewResource {

    /** Programme years follow the Vietnamese calendar year. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ViewService views;

    ViewResource(ViewService views) {
        this.views = views;
    }

    @GET
    @Path("/communes/{code}")
    @Operation(operationId = "gateway_getCommuneView", summary = "One commune for the mobile app",
            description = "The commune, its current recognition and history, its latest assessment summary, its OCOP"
                    + " products by stars and its latest satisfaction result, fetched in parallel. When a service does"
                    + " not answer within its timeout the view still answers (within about one second) with"
                    + " meta.partial = true and the service in meta.unavailable.")
    @APIResponse(responseCode = "200", description = "The view, possibly partial (see meta).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GatewayCommuneView.class),
                    examples = {
                            @ExampleObject(name = "complete", summary = "Every service answered", value = ViewExamples.COMMUNE_COMPLETE),
                            @ExampleObject(name = "partial", summary = "ocop-service did not answer", value = ViewExamples.COMMUNE_PARTIAL)}))
    @APIResponse(responseCode = "400", description = "The code is not a 5-digit GSO commune code.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "communes-service does not know this commune.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Rate limit reached; see Retry-After.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "None of the services answered.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Uni<GatewayCommuneView> commune(
            @Parameter(description = "GSO code of the commune (5 digits).", example = "10657")
            @PathParam("code") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit GSO commune code") String code) {
        return views.commune(code);
    }

    @GET
    @Path("/provinces/{code}/dashboard")
    @Operation(operationId = "gateway_getProvinceDashboard", summary = "A province's programme dashboard for a year",
            description = "Progress against targets per level, OCOP statistics, survey coverage and results, and"
                    + " contribution totals, fetched in parallel. Partial when a service does not answer (see meta).")
    @APIResponse(responseCode = "200", description = "The dashboard, possibly partial (see meta).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GatewayProvinceDashboard.class),
                    examples = @ExampleObject(name = "partial", summary = "campaign-service did not answer", value = ViewExamples.DASHBOARD_PARTIAL)))
    @APIResponse(responseCode = "400", description = "The code is not a 2-digit GSO province code, or the year is out of range.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No service knows this province.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Rate limit reached; see Retry-After.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "None of the services answered.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Uni<GatewayProvinceDashboard> dashboard(
            @Parameter(description = "GSO code of the province (2 digits).", example = "30")
            @PathParam("code") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String code,
            @Parameter(description = "Programme year; the current year in Vietnam when omitted.", example = "2025")
            @QueryParam("year") @Min(value = 2010, message = "must be 2010 or later")
            @Max(value = 2100, message = "must be 2100 or earlier") Integer year) {
        return views.dashboard(code, year != null ? year : Year.now(VIETNAM).getValue());
    }
}
