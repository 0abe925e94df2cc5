package vn.ntm.communes.criteria;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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
import vn.ntm.communes.Level;
import vn.ntm.communes.criteria.CriteriaSetViews.CriteriaSetSummary;
import vn.ntm.communes.criteria.CriteriaSetViews.CriteriaSetView;

@Path("/api/v1/criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria sets", description = "Versioned national criteria sets (QĐ 318, QĐ 319) and provincial overlays.")
public class CriteriaSetResource {

    static final String OVERLAY_EXAMPLE = """
            {"titleVi": "Chỉ tiêu bổ sung của tỉnh Hải Dương cho xã NTM", "legalBasis": "Quyết định của UBND tỉnh Hải Dương (số hiệu cần xác nhận)",
             "baseCode": "QD318-NTM-2021-2025", "provinceCode": "30",
             "overrides": [{"indicatorCode": "15.1", "thresholds": [{"value": 95, "verified": true, "source": "UBND tỉnh Hải Dương"}]}],
             "addedIndicators": [{"criterionNumber": 17, "indicator": {"code": "HD-17.11", "nameVi": "Tỷ lệ thôn có mô hình phân loại rác tại nguồn",
               "type": "NUMERIC", "operator": "GTE", "unit": "%", "source": "UBND tỉnh Hải Dương",
               "thresholds": [{"value": 80, "verified": true, "source": "UBND tỉnh Hải Dương"}]}}]}""";

    @Inject
    CriteriaSetService service;

    @GET
    @PermitAll
    @Operation(operationId = "communes_listCriteriaSets", summary = "List criteria sets (latest version of each code)")
    @APIResponse(responseCode = "200", description = "A page of criteria sets, newest period first.")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<CriteriaSetSummary> list(
            @Parameter(description = "Only sets of this level.") @QueryParam("level") Level level,
            @Parameter(description = "National sets plus the overlays of this province (2-digit GSO code).", example = "30")
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @BeanParam @Valid PageQuery page) {
        return service.list(level, province, page);
    }

    @GET
    @PermitAll
    @Path("/{code}")
    @Operation(operationId = "communes_getCriteriaSet", summary = "Read a criteria set: its criteria, indicators, thresholds and what is unverified")
    @APIResponse(responseCode = "200", description = "The set; `ETag` is its version.", content = @Content(schema = @Schema(implementation = CriteriaSetView.class)))
    @APIResponse(responseCode = "404", description = "No set with this code (or version).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "QD318-NTM-2021-2025") @PathParam("code") String code,
                        @Parameter(description = "A past version; the latest by default.") @QueryParam("version") @Min(1) Integer version) {
        CriteriaSetView view = service.view(code, version);
        return Response.ok(view).tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(view.version()))).build();
    }

    @PUT
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER})
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_publishCriteriaSet", summary = "Publish a criteria set, a new version of one, or a provincial overlay",
            description = "Versions are immutable (assessments are pinned to the version they were made with). A new code is created "
                    + "as version 1; for an existing code send its current ETag in If-Match and the content becomes the next version. "
                    + "Publishing identical content returns the current version (200). An overlay (baseCode + provinceCode) may only "
                    + "tighten thresholds or add indicators. A threshold not confirmed from the official text is sent with `verified: false` and a note. "
                    + "National sets are published by an ADMINISTRATOR; an overlay also by a PROVINCE_OFFICER of its province.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CriteriaSetDocument.class),
            examples = @ExampleObject(name = "Hải Dương overlay", value = OVERLAY_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "A new version was published.", content = @Content(schema = @Schema(implementation = CriteriaSetView.class)))
    @APIResponse(responseCode = "200", description = "Same content as the current version: nothing changed.", content = @Content(schema = @Schema(implementation = CriteriaSetView.class)))
    @APIResponse(responseCode = "400", description = "Invalid document; every offending field is listed.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The code belongs to the other kind of set (national / overlay).", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "The code exists and If-Match is missing.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response publish(@Parameter(example = "HD-QD318-NTM-2021-2025") @PathParam("code") String code,
                            @Parameter(description = "Current ETag, required when the code exists.") @HeaderParam("If-Match") String ifMatch,
                            @NotNull @Valid CriteriaSetDocument document) {
        CriteriaSetService.Published published = service.publish(code, document, ifMatch);
        CriteriaSetView view = service.view(published.set());
        Response.ResponseBuilder answer = published.created()
                ? Response.created(URI.create("/api/v1/criteria-sets/" + code + "?version=" + view.version()))
                : Response.ok();
        return answer.entity(view).tag(new jakarta.ws.rs.core.EntityTag(String.valueOf(view.version()))).build();
    }
}
