package vn.ntm.communes.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/** A unit in a listing. */
@Schema(name = "CommunesCommuneSummary")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommuneSummary(
        @Schema(example = "10657") String code,
        @Schema(example = "Xã Đồng Lạc") String name,
        @Schema(example = "XA") UnitType type,
        @Schema(example = "30") String provinceCode,
        @Schema(example = "Tỉnh Hải Dương") String provinceName,
        @Schema(example = "Huyện Nam Sách") String districtName,
        @Schema(example = "2010-06-04") LocalDate validFrom,
        @Schema(example = "2025-06-30") LocalDate validTo,
        @Schema(description = "Level held on the listing's date by the unit's own decision (recognition or acknowledgement); a merge gives none.", example = "MODEL") Level level,
        @Schema(description = "A merged unit without its own decision whose merge is mixed or partial: to be re-appraised.", example = "false") boolean reappraisalRequired) {
}
