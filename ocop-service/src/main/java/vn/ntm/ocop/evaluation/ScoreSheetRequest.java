package vn.ntm.ocop.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A member's score sheet. The member is the authenticated caller, never a name in the body. Each part's score is
 * the sum of its items and must not exceed the part's maximum under the evaluation's rule version.
 */
@Schema(name = "OcopScoreSheetRequest")
public record ScoreSheetRequest(
        @NotNull @Valid @Schema(description = "Part A: product and community strength.") PartScores partA,
        @NotNull @Valid @Schema(description = "Part B: marketing capacity.") PartScores partB,
        @NotNull @Valid @Schema(description = "Part C: product quality.") PartScores partC) {

    @Schema(name = "OcopPartScores")
    public record PartScores(@NotNull @Size(min = 1, max = 50, message = "must list between 1 and 50 items") List<@NotNull @Valid Item> items) {
    }

    @Schema(name = "OcopScoreItemRequest")
    public record Item(
            @NotBlank @Size(max = 20) @Schema(example = "A1") String code,
            @Size(max = 300) @Schema(example = "Tổ chức sản xuất") String label,
            @NotNull @DecimalMin(value = "0.00", message = "must be 0 or more")
            @Digits(integer = 3, fraction = 2, message = "must be a number with at most 2 decimal places")
            @Schema(example = "14.00") BigDecimal score) {
    }
}
