package vn.ntm.ocop.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The council's finding on one mandatory criterion of the rule version. */
@Schema(name = "OcopMandatoryAnswer")
public record MandatoryAnswer(
        @NotBlank @Size(max = 60) @Schema(description = "Criterion code from GET /api/v1/ocop/rule-versions.", example = "PRODUCT_STANDARD_PUBLISHED") String code,
        @NotNull @Schema(example = "true") Boolean met,
        @Size(max = 1000) @Schema(example = "Hồ sơ tự công bố số 01/2025/HG") String note) {
}
