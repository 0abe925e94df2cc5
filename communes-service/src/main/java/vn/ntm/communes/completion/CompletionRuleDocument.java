package vn.ntm.communes.completion;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
 * One version of the rule by which a province completes the NTM task (QĐ 51/2025/QĐ-TTg, Phụ lục III), as published
 * and stored unchanged. Each condition carries its source and whether its text was confirmed: an unverified condition
 * never lets a province be found complete.
 */
@Schema(name = "CommunesProvinceCompletionRule")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompletionRuleDocument(
        @NotBlank @Size(max = 500) @Schema(example = "Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026 - 2030") String titleVi,
        @Size(max = 500) @Schema(example = "Conditions for a province or city to complete the NTM task, 2026–2030") String titleEn,
        @NotBlank @Size(max = 1000) @Schema(example = "Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ, Phụ lục III") String legalBasis,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2026") Integer periodFrom,
        @NotNull @Min(2000) @Max(2100) @Schema(example = "2030") Integer periodTo,
        @Size(max = 4000) String note,
        @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull Condition> conditions) {

    /** How a condition is decided. */
    @Schema(name = "CommunesCompletionConditionKind")
    public enum Kind {
        /** A share of the province's rural communes holding one of {@code levels} under a set of the rule's period: computed from the registry. */
        COMMUNE_SHARE,
        /** Checked from the province's dossier, outside the registry: never decided by the platform. */
        DECLARED
    }

    @Schema(name = "CommunesCompletionCondition")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Condition(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{1,60}", message = "must be UPPER_SNAKE_CASE") @Schema(example = "ALL_COMMUNES_NTM") String code,
            @NotNull @Schema(example = "COMMUNE_SHARE") Kind kind,
            @Size(max = 4) @Schema(description = "COMMUNE_SHARE: the levels that count (a modern NTM commune is an NTM commune).", example = "[\"NTM\", \"MODERN\"]") List<@NotNull Level> levels,
            @DecimalMin("0") @DecimalMax("100") @Schema(description = "COMMUNE_SHARE: the least share, in percent.", example = "100") BigDecimal minPercent,
            @NotBlank @Size(max = 2000) @Schema(example = "100% số xã trên địa bàn tỉnh đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030") String textVi,
            @Size(max = 2000) String textEn,
            @NotNull @Schema(description = "Confirmed from the official text.") Boolean verified,
            @NotBlank @Size(max = 1000) @Schema(example = "QĐ 51/2025/QĐ-TTg, Phụ lục III") String source,
            @Size(max = 2000) String note) {
    }
}
