package vn.ntm.communes.recognition;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.communes.units.CommuneLookup;
import vn.ntm.communes.units.QueryParams;
import vn.ntm.communes.units.UnitRef;

/** The recognition history of one commune. */
@Path("/api/v1/communes/{code}/recognitions")
@Tag(name = "Recognitions")
public class CommuneRecognitionsResource {

    private final CommuneLookup lookup;
    private final RecognitionQueries queries;

    CommuneRecognitionsResource(CommuneLookup lookup, RecognitionQueries queries) {
        this.lookup = lookup;
        this.queries = queries;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recognition history of a commune", operationId = "communes_listCommuneRecognitions",
            description = "Every recognition the unit earned, in force or revoked, newest decision first. The unit is the one "
                    + "carrying the code on `asOf` (default today), or the last one that carried it: Xã Đồng Lạc (10657) keeps "
                    + "its recognitions after it merged into Hải Phòng. For a reused code, ask with an `asOf` before 1 July 2025 "
                    + "for the old unit's history.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecognitionResource.RecognitionPage.class)))
    @APIResponse(responseCode = "400", description = "Bad code, date or page", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No unit carried the code on or before asOf", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<RecognitionView> history(
            @Parameter(description = "5-digit GSO code", example = "10657") @PathParam("code") String code,
            @Parameter(description = "Date the code is read on (YYYY-MM-DD), default today", example = "2025-05-01") @QueryParam("asOf") String asOf,
            @BeanParam @Valid PageQuery page) {
        UnitRef unit = lookup.require(QueryParams.communeCode("code", code), QueryParams.date("asOf", asOf));
        return queries.page(new RecognitionQueries.Filter(unit.id(), null, null, null, null), page);
    }
}
