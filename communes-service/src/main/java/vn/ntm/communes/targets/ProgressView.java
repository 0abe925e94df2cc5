package vn.ntm.communes.targets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;
import vn.ntm.communes.units.ProvinceRef;

/** Progress of a province towards its targets for a year. */
@Schema(name = "CommunesProgress", description = "Communes achieving each level against the rural communes of the province, and the targets.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressView(
        ProvinceRef province,
        @Schema(example = "ENDED", enumeration = {"ACTIVE", "ENDED"}) String provinceStatus,
        @Schema(description = "For an ended province: who took over its units.") List<ProvinceRef> successors,
        @Schema(example = "2025") int year,
        @Schema(example = "RECOGNITION_YEAR") Basis basis,
        @Schema(description = "Recognitions known on this date are counted.", example = "2026-01-15") LocalDate asOf,
        @Schema(description = "Recognitions decided up to this date count.", example = "2026-01-15") LocalDate decidedBy,
        Denominator denominator,
        List<LevelProgress> levels,
        @Schema(example = "Kế hoạch 4647/KH-UBND điều chỉnh Kế hoạch 1290/KH-UBND") String targetSource) {

    /** What the shares are taken of. */
    @Schema(name = "CommunesProgressDenominator")
    public record Denominator(
            @Schema(example = "151") long communes,
            @Schema(description = "Date the communes are counted on: the end of the year or asOf, or the province's last day.", example = "2025-06-30")
            LocalDate unitsDate,
            @Schema(example = "Rural communes (XA) of Tỉnh Hải Dương existing on 2025-06-30. Wards (PHUONG), townships (THI_TRAN) and special zones (DAC_KHU) are not in the NTM programme.")
            String counts) {
    }

    /** One level: achieved against the denominator and against the target. */
    @Schema(name = "CommunesLevelProgress")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LevelProgress(
            @Schema(example = "ADVANCED") Level level,
            @Schema(description = "Communes holding this level or a higher one.", example = "94") long achieved,
            Share achievedShare,
            @Schema(example = "94") Integer target,
            Share targetShare,
            @Schema(description = "Communes still to recognise to meet the target (0 when met).", example = "0") Integer remaining,
            @Schema(example = "true") Boolean targetMet) {
    }

    /** A share of the denominator. */
    @Schema(name = "CommunesShare")
    public record Share(
            @Schema(example = "94/151") String fraction,
            @Schema(description = "Between 0 and 1, four decimals.", example = "0.6225") BigDecimal rate,
            @Schema(description = "Percentage, one decimal.", example = "62.3") BigDecimal percent) {
    }
}
