package vn.ntm.communes.targets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/** Country-wide progress for a year, summed from the provinces, with the denominator spelled out per province. */
@Schema(name = "CommunesNationalProgress", description = "Communes holding each level in the whole country, summed from the provinces existing on the units date.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NationalProgressView(
        @Schema(example = "2026") int year,
        @Schema(example = "RECOGNITION_YEAR") Basis basis,
        @Schema(description = "Recognitions known on this date are counted.", example = "2026-12-31") LocalDate asOf,
        @Schema(example = "2026-12-31") LocalDate decidedBy,
        Denominator denominator,
        List<NationalLevel> levels,
        @Schema(description = "The provinces-complete target (Appendix III, QĐ 51/2025/QĐ-TTg), when one is set for the year or the period end.")
        ProvincesTarget provincesComplete,
        List<ProvinceLine> provinces) {

    /** The rural communes in the programme on the units date: the sum of the provinces' own denominators. */
    @Schema(name = "CommunesNationalDenominator")
    public record Denominator(
            @Schema(description = "Rural communes (XA) of all provinces on unitsDate.", example = "2621") long communes,
            @Schema(example = "34") int provinces,
            @Schema(example = "2026-12-31") LocalDate unitsDate,
            @Schema(example = "Rural communes (XA) of the 34 provinces existing on 2026-12-31, summed per province. Wards (PHUONG), townships (THI_TRAN) and special zones (DAC_KHU) are not in the NTM programme.")
            String counts) {
    }

    /** One level, country-wide, against the national target. */
    @Schema(name = "CommunesNationalLevel")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NationalLevel(
            @Schema(example = "NTM") Level level,
            @Schema(example = "2000") long achieved,
            ProgressView.Share achievedShare,
            Target target,
            @Schema(description = "Communes still to recognise to reach the target (0 when met).", example = "160") Long remaining,
            @Schema(example = "false") Boolean targetMet) {
    }

    /** A national target as a share of the denominator, and what that share means in communes. */
    @Schema(name = "CommunesNationalTarget")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(
            @Schema(description = "The year the target is set for: the requested one, or the period end (2030).", example = "2030") int year,
            @Schema(example = "65") BigDecimal percent,
            @Schema(description = "The percentage of the denominator, rounded up to whole communes.", example = "1704") long communes,
            @Schema(description = "The source says \"about\" (khoảng).", example = "true") boolean approximate,
            @Schema(example = "Chương trình MTQG 2026–2030 giai đoạn I (QĐ 417/QĐ-BNNMT ngày 31/01/2026), theo baogialai.com.vn 10/02/2026") String source,
            @Schema(description = "False while the figure comes from a report, not from the decision text.", example = "false") boolean verified) {
    }

    /** The number of provinces to complete the NTM task. */
    @Schema(name = "CommunesProvincesCompleteTarget")
    public record ProvincesTarget(
            @Schema(example = "2030") int year,
            @Schema(example = "5") int provinces,
            @Schema(example = "true") boolean approximate,
            @Schema(example = "Chương trình MTQG 2026–2030 giai đoạn I (QĐ 417/QĐ-BNNMT ngày 31/01/2026), theo baogialai.com.vn 10/02/2026") String source,
            @Schema(example = "false") boolean verified,
            @Schema(description = "Provinces whose completion verdict (Appendix III) is COMPLETE on the day.", example = "0") Integer complete,
            @Schema(description = "Provinces whose verdict cannot be decided (unconfirmed conditions).", example = "34") Integer undecided,
            @Schema(description = "true met, false missed even if every undecided province completed; absent while it cannot be decided.") Boolean targetMet,
            @Schema(example = "0 of 34 provinces complete the NTM task on 2026-12-07 under QD51-PROVINCE-2026-2030 v1; 34 cannot be decided (GET /api/v1/provinces/{code}/completion names the conditions that block them); the target is 5.") String explanation) {
    }

    /** One province's figures, which the totals sum. */
    @Schema(name = "CommunesNationalProvinceLine")
    public record ProvinceLine(
            @Schema(example = "31") String code,
            @Schema(example = "Thành phố Hải Phòng") String name,
            @Schema(description = "Its rural communes (XA) on unitsDate.", example = "67") long communes,
            @Schema(example = "0") long ntm,
            @Schema(example = "0") long modern,
            @Schema(example = "0") long advanced,
            @Schema(example = "0") long model) {
    }
}
