package vn.ntm.communes.units;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;

/** Provinces on a date, and one province with its lineage. */
@Path("/api/v1/provinces")
@Tag(name = "Administrative units")
public class ProvinceResource {

    private final ProvinceViews provinces;
    private final Today today;

    ProvinceResource(ProvinceViews provinces, Today today) {
        this.provinces = provinces;
        this.today = today;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List the provinces existing on a date", operationId = "communes_listProvinces",
            description = "63 provinces before 1 July 2025, 34 from that day.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvincePage.class)))
    @APIResponse(responseCode = "400", description = "Bad date or page", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<ProvinceRef> list(
            @Parameter(description = "Date (YYYY-MM-DD), default today", example = "2025-01-01") @QueryParam("asOf") String asOf,
            @BeanParam @Valid PageQuery page) {
        return provinces.list(QueryParams.date("asOf", asOf), page);
    }

    @GET
    @PermitAll
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a province on a date", operationId = "communes_getProvince",
            description = "The province carrying the code on `asOf` (default today), or the last one that carried it, with its "
                    + "predecessors and successors (30 Tỉnh Hải Dương → 31 Thành phố Hải Phòng on 2025-07-01) and its units by type.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProvinceView.class),
            examples = @ExampleObject(name = "Tỉnh Hải Dương", value = """
                    {"code": "30", "name": "Tỉnh Hải Dương", "region": "DONG_BANG_SONG_HONG", "regionName": "Đồng bằng sông Hồng",
                     "regions": ["DONG_BANG_SONG_HONG"], "validFrom": "2010-06-04", "validTo": "2025-06-30", "status": "ENDED",
                     "asOf": "2026-01-15", "unitsDate": "2025-06-30", "units": {"XA": 151, "PHUONG": 46, "THI_TRAN": 10},
                     "predecessors": [], "successors": [{"code": "31", "name": "Thành phố Hải Phòng", "region": "DONG_BANG_SONG_HONG",
                     "regionName": "Đồng bằng sông Hồng", "validFrom": "2025-07-01"}]}""")))
    @APIResponse(responseCode = "400", description = "Code not 2 digits or bad date", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No province carried the code on or before asOf", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ProvinceView get(
            @Parameter(description = "2-digit GSO code", example = "30") @PathParam("code") String code,
            @Parameter(description = "Date (YYYY-MM-DD), default today", example = "2025-01-01") @QueryParam("asOf") String asOf) {
        String checked = QueryParams.provinceCode("code", code);
        if (checked == null) {
            throw vn.ntm.common.problem.ApiException.invalidField("code", "is required");
        }
        return provinces.view(checked, today.orToday(QueryParams.date("asOf", asOf)));
    }

    /** The JSON page, named for the OpenAPI document. */
    @Schema(name = "CommunesProvincePage")
    public record ProvincePage(java.util.List<ProvinceRef> items, int page, int size, long totalItems) {
    }
}
