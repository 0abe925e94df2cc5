package vn.ntm.communes.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;
import vn.ntm.communes.criteria.IndicatorType;

/** Request and answer payloads of the assessment endpoints. */
public final class AssessmentApi {

    private AssessmentApi() {
    }

    @Schema(name = "NewAssessment")
    public record NewAssessment(
            @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a 5-digit GSO commune code") @Schema(example = "10894") String communeCode,
            @NotBlank @Size(max = 100) @Schema(example = "QD318-ADVANCED-2021-2025") String criteriaSetCode,
            @Min(1) @Schema(description = "A version of the set; the latest by default.") Integer criteriaSetVersion,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2024") Integer year,
            @Schema(description = "Day on which to look the code up, inside the year; by default the last day of the year (or today). "
                    + "Use it for a year in which the code changed hands (e.g. 2025-03-01 for a pre-reform commune).", example = "2024-12-31") LocalDate unitAsOf,
            @Size(max = 60) @Schema(description = "Region or commune group whose thresholds apply, when it is not the commune's own: e.g. an "
                    + "extremely difficult commune uses TRUNG_DU_VA_MIEN_NUI_PHIA_BAC (QĐ 318). For COMMUNE_GROUP sets leave it out: the commune's "
                    + "group in force on assessmentDate applies.") String thresholdScope,
            @Size(max = 1000) @Schema(description = "Why thresholdScope is given (required with it).") String thresholdScopeReason,
            @Schema(description = "2026–2030 sets: the day the assessment is made; the commune group and the set version in force on it apply. "
                    + "By default unitAsOf's day.", example = "2026-11-30") LocalDate assessmentDate) {
    }

    /** A document that backs a value. */
    @Schema(name = "EvidenceDocument")
    public record Evidence(
            @NotBlank @Size(max = 100) @Schema(example = "125/BC-UBND") String documentNumber,
            @NotNull @Schema(example = "2024-11-20") LocalDate documentDate,
            @Size(max = 500) @Schema(example = "Báo cáo kết quả thực hiện tiêu chí thu nhập năm 2024 của UBND xã Cẩm Hưng") String title,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") @Schema(example = "https://camgiang.haiduong.gov.vn/van-ban/125-bc-ubnd.pdf") String link) {
    }

    @Schema(name = "IndicatorValueInput")
    public record ValueInput(
            @NotNull @Schema(implementation = Object.class, anyOf = {BigDecimal.class, Boolean.class, String.class},
                    description = "A number for NUMERIC indicators, true/false for PASS_FAIL, a code for CHOICE.", example = "62.5") JsonNode value,
            @Size(max = 20) List<@Valid @NotNull Evidence> evidence,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "IndicatorValueImportRow")
    public record ImportRow(
            @NotBlank @Size(max = 20) @Schema(example = "10.1") String indicatorCode,
            @NotNull @Schema(implementation = Object.class, anyOf = {BigDecimal.class, Boolean.class, String.class},
                    description = "A number for NUMERIC indicators, true/false for PASS_FAIL, a code for CHOICE.", example = "62.5") JsonNode value,
            @Size(max = 20) List<@Valid @NotNull Evidence> evidence,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "IndicatorValueImport")
    public record Import(@NotNull @Size(min = 1, max = 500) List<@Valid @NotNull ImportRow> values) {
    }

    @Schema(name = "AssessmentCriteriaSetRef")
    public record SetRef(@Schema(example = "QD318-ADVANCED-2021-2025") String code, @Schema(example = "1") int version, Level level) {
    }

    @Schema(name = "IndicatorValue")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValueView(
            @Schema(example = "10.1") String indicatorCode,
            @Schema(example = "10") int criterionNumber,
            IndicatorType type,
            BigDecimal numericValue,
            Boolean passed,
            String choice,
            List<Evidence> evidence,
            String note,
            String recordedBy,
            Instant recordedAt) {
    }

    @Schema(name = "AssessmentEvaluationSummary")
    public record Summary(@Schema(example = "17") int criteriaMet, @Schema(example = "19") int criteriaTotal,
                          @Schema(example = "17/19") String criteriaMetText, boolean eligible, boolean complete) {
    }

    @Schema(name = "Assessment")
    public record AssessmentView(
            UUID id,
            @Schema(example = "10894") String communeCode,
            @Schema(example = "Xã Cẩm Hưng") String communeName,
            @Schema(description = "Internal id of the unit (codes were reused after 1 July 2025).") long unitId,
            @Schema(example = "30") String provinceCode,
            @Schema(example = "2024") int year,
            SetRef criteriaSet,
            @Schema(description = "The provincial overlay applied, if any.") SetRef overlay,
            @Schema(example = "DONG_BANG_SONG_HONG") String thresholdScope,
            String thresholdScopeReason,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            @Schema(description = "Also the ETag.") int version,
            Summary summary,
            List<ValueView> values,
            @Schema(description = "Open flags on indicators: a field verification found a value that contradicts the declared one. "
                    + "The council cannot vote while one is open; correcting the value or the team's withdrawal resolves it.") List<IndicatorFlag> flags) {
    }

    /** A field verification found another value than the one the commune declared. */
    @Schema(name = "AssessmentIndicatorFlag")
    public record IndicatorFlag(
            UUID flagId,
            @Schema(example = "2.1") String indicatorCode,
            @Schema(example = "2") int criterionNumber,
            UUID dossierId,
            UUID fieldVerificationId,
            @Schema(example = "100") String declaredValue,
            @Schema(example = "86.5") String foundValue,
            @Schema(example = "Thôn Đồng Lạc: 1,2 km đường trục thôn còn là đường đất") String note,
            Instant openedAt) {
    }

    @Schema(name = "AssessmentListItem")
    public record AssessmentListItem(
            UUID id,
            @Schema(example = "10894") String communeCode,
            @Schema(example = "Xã Cẩm Hưng") String communeName,
            @Schema(example = "30") String provinceCode,
            @Schema(example = "2024") int year,
            SetRef criteriaSet,
            SetRef overlay,
            Instant createdAt,
            Instant updatedAt,
            @Schema(example = "17") int criteriaMet,
            @Schema(example = "19") int criteriaTotal,
            @Schema(example = "17/19") String criteriaMetText,
            boolean eligible) {
    }

    @Schema(name = "AssessmentEvaluation")
    public record EvaluationView(
            UUID assessmentId,
            @Schema(example = "10894") String communeCode,
            @Schema(example = "Xã Cẩm Hưng") String communeName,
            @Schema(example = "2024") int year,
            Level level,
            SetRef criteriaSet,
            SetRef overlay,
            @Schema(example = "DONG_BANG_SONG_HONG") String thresholdScope,
            @Schema(description = "Date on which recognitions (model conditions) were checked.") LocalDate asOf,
            List<Evaluation.CriterionResult> criteria,
            @Schema(example = "17") int criteriaMet,
            @Schema(example = "19") int criteriaTotal,
            @Schema(example = "17/19") String criteriaMetText,
            @Schema(description = "Every criterion (or model condition) is met.") boolean eligible,
            boolean complete,
            int unverifiedThresholdsUsed,
            @Schema(description = "QĐ 18/2022 revocation test; absent for the model-commune conditions.") RevocationRule.Result revocation,
            @Schema(description = "What to check before relying on this evaluation.") List<String> warnings,
            @Schema(description = "ELIGIBLE, NOT_ELIGIBLE, UNDECIDABLE (cannot be decided) or INCOMPLETE.") Evaluation.Verdict verdict,
            @Schema(example = "3 indicator(s) rest on text or thresholds not confirmed from the official text: 1.0, 2.0, 3.0") String verdictReason,
            @Schema(description = "Indicators that keep the verdict from being decided.") List<String> blockingIndicators,
            @Schema(description = "The day whose commune group and set version apply (2026–2030).") LocalDate assessmentDate,
            @Schema(description = "The commune group used and its basis (COMMUNE_GROUP sets).") vn.ntm.communes.groups.GroupApi.GroupView communeGroup,
            @Schema(description = "Why there is no revocation test, when there is none.") String revocationNote,
            @Schema(description = "true: evaluated against a version that is not the assessment's own (a draft): a simulation, never a decision.") boolean simulation) {
    }
}
