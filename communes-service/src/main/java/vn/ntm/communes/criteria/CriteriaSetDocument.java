package vn.ntm.communes.criteria;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/**
 * The content of one version of a criteria set, as published with {@code PUT /api/v1/criteria-sets/{code}} and
 * stored unchanged. A national set has {@code criteria}; a provincial overlay names {@code baseCode} and
 * {@code provinceCode} and has {@code overrides} (tighter thresholds) and/or {@code addedIndicators}.
 */
@Schema(name = "CriteriaSetDocument", description = "A criteria set version: a national set (criteria) or a provincial overlay (baseCode, provinceCode, overrides, addedIndicators).")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CriteriaSetDocument(
        @Schema(description = "Optional; when present it must equal the code in the path.", example = "QD318-NTM-2021-2025") String code,
        @Schema(description = "Level of the set; an overlay inherits its base's level.", example = "NTM") Level level,
        @Min(2000) @Max(2100) @Schema(example = "2021") Integer periodFrom,
        @Min(2000) @Max(2100) @Schema(example = "2025") Integer periodTo,
        @NotBlank @Size(max = 500) @Schema(example = "Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025") String titleVi,
        @Size(max = 500) @Schema(example = "National criteria for new-rural (NTM) communes, 2021–2025") String titleEn,
        @NotBlank @Size(max = 1000) @Schema(example = "Quyết định số 318/QĐ-TTg ngày 08/03/2022 của Thủ tướng Chính phủ") String legalBasis,
        @Size(max = 4000) String note,
        @Schema(description = "What threshold scopes are: REGION (2021–2025) or COMMUNE_GROUP (2026–2030). An overlay inherits it.") ThresholdDimension thresholdDimension,
        @Size(max = 20) List<@Valid @NotNull Scope> scopes,
        @Size(max = 100) @Schema(description = "Overlay only: the national set it applies to.", example = "QD318-NTM-2021-2025") String baseCode,
        @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") @Schema(description = "Overlay only: the province whose communes it applies to.", example = "30") String provinceCode,
        @Size(max = 60) List<@Valid @NotNull CriterionDef> criteria,
        @Size(max = 300) List<@Valid @NotNull IndicatorOverride> overrides,
        @Size(max = 300) List<@Valid @NotNull AddedIndicator> addedIndicators,
        @Valid @Schema(description = "The revocation rule published for this set. Absent: the 2021–2025 sets use QĐ 18/2022/QĐ-TTg's rule "
                + "(configuration); a 2026–2030 set has none until one is published here.") RevocationRuleDef revocationRule) {

    /** The shape of the 2021–2025 documents, which carry no revocation rule of their own. */
    public CriteriaSetDocument(String code, Level level, Integer periodFrom, Integer periodTo, String titleVi, String titleEn, String legalBasis,
                               String note, ThresholdDimension thresholdDimension, List<Scope> scopes, String baseCode, String provinceCode,
                               List<CriterionDef> criteria, List<IndicatorOverride> overrides, List<AddedIndicator> addedIndicators) {
        this(code, level, periodFrom, periodTo, titleVi, titleEn, legalBasis, note, thresholdDimension, scopes, baseCode, provinceCode, criteria,
                overrides, addedIndicators, null);
    }

    /** A revocation rule as shares of the criteria (see RevocationRule), with its legal source. */
    @Schema(name = "CriteriaRevocationRule")
    public record RevocationRuleDef(@NotNull @Min(0) Integer alwaysNumerator, @NotNull @Min(1) Integer alwaysDenominator,
                                    @NotNull @Min(0) Integer withKeyNumerator, @NotNull @Min(1) Integer withKeyDenominator,
                                    @NotBlank @Size(max = 1000) String source) {
    }

    public boolean isOverlay() {
        return baseCode != null || provinceCode != null;
    }

    /** A value the threshold scope can take (a region or a commune group). */
    @Schema(name = "CriteriaSetScope")
    public record Scope(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,60}", message = "must be UPPER_SNAKE_CASE") @Schema(example = "DONG_BANG_SONG_HONG") String code,
            @NotBlank @Schema(example = "Đồng bằng sông Hồng") String nameVi,
            @Schema(example = "Red River Delta") String nameEn) {
    }

    /** A criterion (tiêu chí): met only when all its indicators are met. */
    @Schema(name = "CriterionDefinition")
    public record CriterionDef(
            @NotNull @Min(1) @Max(99) @Schema(example = "10") Integer number,
            @NotBlank @Size(max = 300) @Schema(example = "Thu nhập") String nameVi,
            @Size(max = 300) @Schema(example = "Income") String nameEn,
            @Size(max = 300) @Schema(example = "Kinh tế và tổ chức sản xuất") String groupVi,
            @Size(max = 300) @Schema(example = "Economy and production") String groupEn,
            @Schema(description = "Key criterion (tiêu chí then chốt) for the revocation rule of QĐ 18/2022/QĐ-TTg.") boolean key,
            @Valid @Schema(description = "The sector department that confirms this criterion before the council votes. Absent: the "
                    + "department leading the appraisal (setting ntm.sign-off.default-sector).") ResponsibleSector responsibleSector,
            @NotNull @Size(min = 1, max = 40) List<@Valid @NotNull IndicatorDef> indicators) {

        /** The shape of documents that name no responsible sector. */
        public CriterionDef(Integer number, String nameVi, String nameEn, String groupVi, String groupEn, boolean key,
                            List<IndicatorDef> indicators) {
            this(number, nameVi, nameEn, groupVi, groupEn, key, null, indicators);
        }
    }

    /**
     * Which sector department answers for a criterion, where that comes from, and how sure it is: {@code V} confirmed
     * from an official text, {@code R} reported by a secondary source, {@code I} inferred.
     */
    @Schema(name = "CriterionResponsibleSector")
    public record ResponsibleSector(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z_]{1,39}", message = "must be a sector code such as TRANSPORT (GET /api/v1/sectors)")
            @Schema(example = "TRANSPORT") String sector,
            @NotBlank @Size(max = 1000) @Schema(example = "QĐ 318/QĐ-TTg, Điều 2: Bộ Giao thông vận tải hướng dẫn tiêu chí Giao thông") String source,
            @NotNull @Pattern(regexp = "[VRI]", message = "must be V (confirmed), R (reported) or I (inferred)") @Schema(example = "I") String confidence) {
    }

    /** An indicator (chỉ tiêu). */
    @Schema(name = "IndicatorDefinition")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorDef(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,20}", message = "must be 1 to 20 letters, digits, '.', '_' or '-'") @Schema(example = "10.1") String code,
            @NotBlank @Size(max = 500) @Schema(example = "Thu nhập bình quân đầu người khu vực nông thôn") String nameVi,
            @Size(max = 500) @Schema(example = "Average income per person") String nameEn,
            @NotNull IndicatorType type,
            @Schema(description = "NUMERIC only.") Operator operator,
            @Size(max = 60) @Schema(example = "triệu đồng/người/năm") String unit,
            @NotBlank @Size(max = 1000) @Schema(description = "Where the indicator comes from.") String source,
            @Size(max = 200) List<@Valid @NotNull ThresholdDef> thresholds,
            @Size(max = 1000) @Schema(description = "Why no threshold is loaded, when none is.") String thresholdNote,
            @Valid @Schema(description = "RECOGNITION only: the recognition the commune must hold.") RequiredRecognition requires,
            @Valid @Schema(description = "NUMERIC only: the threshold is another set's threshold times a configured factor.") DerivedThreshold derivedThreshold,
            @Schema(description = "CHOICE only: the list the value comes from.", example = "OUTSTANDING_FIELDS") String choices,
            @Schema(description = "false: the wording or content of the indicator itself is not confirmed from the official text; "
                    + "no evaluation relying on it can be ELIGIBLE. Absent: confirmed.") Boolean verified,
            @Size(max = 2000) @Schema(description = "What is missing, when verified is false.") String unverifiedNote) {

        /** The shape of the 2021–2025 documents, whose indicators are all confirmed. */
        public IndicatorDef(String code, String nameVi, String nameEn, IndicatorType type, Operator operator, String unit, String source,
                            List<ThresholdDef> thresholds, String thresholdNote, RequiredRecognition requires, DerivedThreshold derivedThreshold,
                            String choices) {
            this(code, nameVi, nameEn, type, operator, unit, source, thresholds, thresholdNote, requires, derivedThreshold, choices, null, null);
        }

        public boolean textUnverified() {
            return Boolean.FALSE.equals(verified);
        }

        public List<ThresholdDef> thresholdsOrEmpty() {
            return thresholds == null ? List.of() : thresholds;
        }
    }

    /**
     * A threshold for one scope (null: every scope) and a range of years (null ends: open). A threshold not
     * confirmed from the official text is {@code verified: false} with the reason in {@code note}.
     */
    @Schema(name = "ThresholdDefinition")
    public record ThresholdDef(
            @Schema(description = "Region or commune group code; absent for every scope.", example = "DONG_BANG_SONG_HONG") String scope,
            @Min(2000) @Max(2100) @Schema(example = "2025") Integer yearFrom,
            @Min(2000) @Max(2100) @Schema(example = "2025") Integer yearTo,
            @NotNull @Schema(example = "85") BigDecimal value,
            @NotNull @Schema(description = "Confirmed from the official text.") Boolean verified,
            @NotBlank @Size(max = 1000) @Schema(example = "QĐ 1980/QĐ-TTg (2016–2020), criterion 15.1") String source,
            @Size(max = 1000) String note) {

        public boolean covers(String wantedScope, int year) {
            return (scope == null || scope.equals(wantedScope)) && (yearFrom == null || yearFrom <= year)
                    && (yearTo == null || year <= yearTo);
        }
    }

    /** The recognition a RECOGNITION indicator requires. */
    @Schema(name = "CriteriaRequiredRecognition")
    public record RequiredRecognition(@NotNull Level level, @NotBlank String criteriaSetCode) {
    }

    /** A threshold computed from another set's threshold (same scope and year) times a configured factor. */
    @Schema(name = "CriteriaDerivedThreshold")
    public record DerivedThreshold(@NotBlank String criteriaSetCode, @NotBlank String indicatorCode,
                                   @NotBlank @Schema(example = "MODEL_INCOME") String factor) {
    }

    /** Overlay: thresholds that replace the base ones where they apply; each must be at least as strict. */
    @Schema(name = "CriteriaIndicatorOverride")
    public record IndicatorOverride(@NotBlank @Schema(example = "15.1") String indicatorCode,
                                    @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull ThresholdDef> thresholds) {
    }

    /** Overlay: an indicator the province adds to one of the base set's criteria. */
    @Schema(name = "CriteriaAddedIndicator")
    public record AddedIndicator(@NotNull @Min(1) @Max(99) Integer criterionNumber, @NotNull @Valid IndicatorDef indicator) {
    }
}
