package vn.ntm.ocop.statistics;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.Problem;
import vn.ntm.ocop.support.Examples;

@Path("/api/v1/ocop")
@Tag(name = "OCOP statistics", description = "Figures for the other services and the dashboards, computed by SQL aggregates.")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    StatisticsService statistics;

    @GET
    @Path("/communes/{code}/summary")
    @PermitAll
    @Operation(operationId = "ocop_communeSummary", summary = "Certified OCOP products in force in a commune, by stars",
            description = "Read by communes-service for the model-commune production field. A commune without products answers zeros.")
    @APIResponse(responseCode = "200", description = "The summary.", content = @Content(schema = @Schema(implementation = CommuneSummary.class),
            examples = @ExampleObject(name = "thai-tan-chu-dau", value = Examples.COMMUNE_SUMMARY)))
    @APIResponse(responseCode = "400", description = "Invalid commune code or date.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CommuneSummary commune(
            @Parameter(description = "5-digit GSO commune code.", example = "10642")
            @PathParam("code") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit GSO commune code") String code,
            @Parameter(description = "The day to count for; default today.", example = "2025-07-01") @QueryParam("asOf") LocalDate asOf) {
        return statistics.commune(code, asOf);
    }

    @GET
    @Path("/statistics")
    @PermitAll
    @Operation(operationId = "ocop_statistics", summary = "OCOP statistics for a province or the country",
            description = "Products in force on asOf by stars, group and subject type; and certificates newly issued, re-evaluated, expired and revoked "
                    + "between from and to (default: 1 January of the year of 'to' through 'to', which defaults to asOf, which defaults to today).")
    @APIResponse(responseCode = "200", description = "The figures.", content = @Content(schema = @Schema(implementation = OcopStatistics.class),
            examples = @ExampleObject(name = "hai-duong", value = Examples.STATISTICS)))
    @APIResponse(responseCode = "400", description = "Invalid parameter (e.g. from after to).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public OcopStatistics province(
            @Parameter(description = "2-digit GSO province code; omit for the whole country.", example = "30")
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @Parameter(description = "Day for the figures in force; default today.", example = "2025-07-01") @QueryParam("asOf") LocalDate asOf,
            @Parameter(description = "Period start (inclusive).", example = "2025-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Period end (inclusive).", example = "2025-06-30") @QueryParam("to") LocalDate to) {
        return statistics.province(province, asOf, from, to);
    }
}
