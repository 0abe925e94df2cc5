package vn.ntm.communes.procedure;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/**
 * One recognition procedure version as data (issue 17): its period, legal basis, levels, steps in order, the moves
 * allowed between them (returns for revision included) and the satisfaction-survey rule per level. Step codes are the
 * dossier's step names ({@code DossierState}); preconditions are named by code and dispatched by certification.
 * Confidence marks follow the domain notes: V verified, R reported, I inferred.
 */
@Schema(name = "ProcedureDocument")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProcedureDocument(
        @Schema(example = "NTM-RECOGNITION") String code,
        @Schema(description = "Filled by the service; ignored on input.", example = "2") Integer version,
        @Schema(example = "Trình tự xét công nhận theo QĐ 18/2022/QĐ-TTg từ 01/07/2025") String titleVi,
        String titleEn,
        @Schema(example = "2025-07-01") LocalDate periodFrom,
        @Schema(description = "Null: until a later version replaces it.") LocalDate periodTo,
        List<LegalBasis> legalBasis,
        List<Level> levels,
        List<Step> steps,
        List<Move> moves,
        Map<Level, SurveyRule> surveyRules) {

    @Schema(name = "ProcedureLegalBasis")
    public record LegalBasis(@Schema(example = "Nghị định 131/2025/NĐ-CP ngày 12/06/2025") String text,
                             @Schema(example = "V", description = "V verified, R reported, I inferred") String confidence) {
    }

    @Schema(name = "ProcedureStep")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Step(
            @Schema(example = "FIELD_SURVEY") String code,
            @Schema(example = "Tổ giúp việc khảo sát thực tế tại xã") String nameVi,
            @Schema(example = "The support team's field survey in the commune") String nameEn,
            @Schema(example = "Tổ giúp việc Hội đồng thẩm định tỉnh") String actingBody,
            @Schema(description = "The tiers a step may be recorded for: COMMUNE, DISTRICT, PROVINCE.") List<String> bodies,
            @Schema(description = "Roles that may record the step.") List<String> roles,
            List<String> requiredDocuments,
            @Schema(description = "Codes of the conditions checked before the step is recorded.") List<String> preconditions,
            @Schema(description = "Days from the previous step within which this one is due, where the instrument sets one.") Integer deadlineDays,
            String deadlineSource,
            @Schema(description = "V verified, R reported, I inferred: how the step is known.", example = "R") String basis,
            String basisNote) {

        public List<String> preconditionsOrEmpty() {
            return preconditions == null ? List.of() : preconditions;
        }
    }

    /** From one step to another. FORWARD, RETURN (for revision) or REJECTION. */
    @Schema(name = "ProcedureMove")
    public record Move(@Schema(example = "VERIFICATION") String from, @Schema(example = "RETURNED_FOR_REVISION") String to,
                       @Schema(example = "RETURN") String kind) {
    }

    /** What a satisfaction survey must reach at a level: the one rule certification and campaign-service both apply. */
    @Schema(name = "ProcedureSurveyRule")
    public record SurveyRule(@Schema(example = "0.60") BigDecimal coverageFloor, @Schema(example = "0.90") BigDecimal passRate,
                             String source, @Schema(example = "I") String confidence) {
    }

    public Optional<Step> step(String stepCode) {
        return steps == null ? Optional.empty() : steps.stream().filter(s -> s.code().equals(stepCode)).findFirst();
    }

    /** The steps that may follow {@code from}, in the order the moves list them. */
    public List<String> next(String from) {
        return moves == null ? List.of() : moves.stream().filter(m -> m.from().equals(from)).map(Move::to).toList();
    }

    /** The steps that carry the dossier on from {@code from} (FORWARD moves): what waits, as opposed to returns and rejections. */
    public List<String> forward(String from) {
        return moves == null ? List.of() : moves.stream().filter(m -> m.from().equals(from) && "FORWARD".equals(m.kind())).map(Move::to).toList();
    }

    /** The key that a survey result names the rule by: {@code NTM-RECOGNITION/v2}. */
    public static String ruleVersion(String code, int version) {
        return code + "/v" + version;
    }
}
