package vn.ntm.communes.completion;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;
import vn.ntm.communes.targets.ProgressView;
import vn.ntm.communes.units.ProvinceRef;

/** Whether a province completes the NTM task of a period, condition by condition. */
@Schema(name = "CommunesProvinceCompletion")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvinceCompletionView(
        ProvinceRef province,
        @Schema(example = "2026-2030") String period,
        @Schema(description = "Recognitions decided on or before this day count (today by default, at most the period's last day).", example = "2026-12-07") LocalDate asOf,
        RuleRef rule,
        @Schema(description = "The rural communes the shares are taken of.") Denominator denominator,
        List<ConditionResult> conditions,
        @Schema(description = "COMPLETE, NOT_COMPLETE (a confirmed condition is not met) or UNDECIDABLE (a condition rests on unconfirmed text, "
                + "or cannot be decided from the registry).", example = "UNDECIDABLE") Verdict verdict,
        @Schema(example = "Cannot be decided: 2 condition(s) rest on text not confirmed from the official text: ALL_COMMUNES_NTM, OTHER_CONDITIONS") String verdictReason,
        @Schema(description = "Conditions that keep the verdict from being decided.") List<String> blockingConditions) {

    @Schema(name = "CommunesProvinceCompletionVerdict")
    public enum Verdict { COMPLETE, NOT_COMPLETE, UNDECIDABLE }

    @Schema(name = "CommunesCompletionConditionStatus")
    public enum Status { MET, NOT_MET, NOT_DECIDED }

    @Schema(name = "CommunesCompletionRuleRef")
    public record RuleRef(@Schema(example = "QD51-PROVINCE-2026-2030") String code, @Schema(example = "1") int version, String legalBasis,
                          @Schema(description = "Conditions whose text is not confirmed.", example = "2") int unverifiedConditions) {
    }

    @Schema(name = "CommunesCompletionDenominator")
    public record Denominator(@Schema(example = "67") long communes, @Schema(example = "2026-12-07") LocalDate unitsDate,
                              @Schema(example = "Rural communes (XA) of Thành phố Hải Phòng existing on 2026-12-07.") String counted) {
    }

    @Schema(name = "CommunesCompletionConditionResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConditionResult(
            @Schema(example = "ALL_COMMUNES_NTM") String code,
            CompletionRuleDocument.Kind kind,
            String textVi,
            String textEn,
            Status status,
            @Schema(description = "COMMUNE_SHARE: the levels that count.") List<Level> levels,
            @Schema(example = "100") BigDecimal minPercent,
            @Schema(description = "COMMUNE_SHARE: communes holding a counted level under a set of the period.", example = "12") Long achieved,
            @Schema(description = "COMMUNE_SHARE: communes needed (minPercent of the denominator, rounded up).", example = "67") Long required,
            ProgressView.Share share,
            boolean verified,
            String source,
            String note,
            @Schema(example = "12 of 67 rural communes (17.9%) hold NTM or MODERN under a 2026–2030 set; 67 (100%) are required.") String explanation) {
    }
}
