package vn.ntm.communes.targets;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import vn.ntm.communes.units.QueryParams;
import vn.ntm.communes.units.Today;

/** Country-wide progress, summed from the provinces. */
@Path("/api/v1/progress")
@Tag(name = "Targets and progress", description = "Provincial targets per year and progress of rural communes towards them.")
public class NationalProgressResource {

    private final NationalProgressService progress;
    private final Today today;

    NationalProgressResource(NationalProgressService progress, Today today) {
        this.progress = progress;
        this.today = today;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "National progress towards the programme's targets", operationId = "communes_getNationalProgress",
            description = "Per level, the communes holding it in the whole country, summed from every province existing on the units "
                    + "date (the end of `year`, or asOf if earlier) with the same rules as a province's progress. The denominator is "
                    + "spelled out: the rural communes (XA) per province and in total (Hải Phòng from 1 July 2025: 67 xã; its 45 "
                    + "phường and 2 đặc khu are not in the programme). National targets are the year's own, or for a year of "
                    + "2026–2030 those of the period end (2030: about 65% NTM, about 10% modern, 5 provinces complete), with their source.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NationalProgressView.class),
            examples = @ExampleObject(name = "2026, Hải Phòng line", value = """
                    {"year": 2026, "basis": "RECOGNITION_YEAR", "asOf": "2026-12-31", "decidedBy": "2026-12-31",
                     "denominator": {"communes": 2621, "provinces": 34, "unitsDate": "2026-12-31"},
                     "levels": [{"level": "NTM", "achieved": 0, "achievedShare": {"fraction": "0/2621", "rate": 0, "percent": 0},
                       "target": {"year": 2030, "percent": 65, "communes": 1704, "approximate": true, "verified": false,
                         "source": "Chương trình MTQG 2026–2030 giai đoạn I (QĐ 417/QĐ-BNNMT ngày 31/01/2026), theo baogialai.com.vn 10/02/2026"},
                       "remaining": 1704, "targetMet": false}],
                     "provinces": [{"code": "31", "name": "Thành phố Hải Phòng", "communes": 67, "ntm": 0, "modern": 0, "advanced": 0, "model": 0}]}""")))
    @APIResponse(responseCode = "400", description = "Bad year, basis or date", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public NationalProgressView progress(
            @Parameter(description = "Year, default the current one", example = "2026") @QueryParam("year") String year,
            @Parameter(description = "RECOGNITION_YEAR (default) or DECISION_DATE", example = "RECOGNITION_YEAR") @QueryParam("basis") String basis,
            @Parameter(description = "Recognitions known on this date count (YYYY-MM-DD), default today", example = "2026-12-31") @QueryParam("asOf") String asOf) {
        Integer y = QueryParams.year("year", year);
        Basis b = QueryParams.enumValue("basis", basis, Basis.class);
        LocalDate date = QueryParams.date("asOf", asOf);
        return progress.progress(y != null ? y : today.orToday(date).getYear(), b == null ? Basis.RECOGNITION_YEAR : b, date);
    }
}
