package vn.ntm.ocop.inspection;

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
import vn.ntm.common.security.Roles;

@Path("/api/v1/ocop/inspection-work-lists")
@Tag(name = "OCOP inspections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InspectionWorkListResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    InspectionService service;

    @GET
    @Path("/due")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_listDueInspections", summary = "Work list: planned inspections of a year not yet recorded",
            description = "Without province: the caller's own (every province for administrators). Without year: this year.")
    @APIResponse(responseCode = "200", description = "One page, the certificates expiring first.")
    @APIResponse(responseCode = "400", description = "Invalid parameter.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another province than your token's.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<InspectionView> due(
            @Parameter(description = "2-digit GSO province code.", example = "30")
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @Parameter(description = "Plan year; this year when absent.", example = "2026")
            @QueryParam("year") @Min(value = 2019, message = "must be 2019 or later") @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @BeanParam @Valid PageQuery page) {
        return service.due(province, year, page);
    }

    @GET
    @Path("/overdue-warnings")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Operation(operationId = "ocop_listOverdueWarnings", summary = "Work list: warnings past their remedy deadline without a follow-up")
    @APIResponse(responseCode = "200", description = "One page, the oldest deadline first.")
    @APIResponse(responseCode = "400", description = "Invalid parameter.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another province than your token's.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<InspectionView> overdueWarnings(
            @Parameter(description = "2-digit GSO province code.", example = "30")
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @BeanParam @Valid PageQuery page) {
        return service.overdueWarnings(province, page);
    }
}
