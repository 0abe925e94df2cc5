package vn.ntm.ocop.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.rules.CouncilLevel;

/** Replaces the editable part of an open evaluation (the product cannot change: open another evaluation). */
@Schema(name = "OcopEvaluationUpdate")
public record EvaluationUpdate(
        @NotNull @Schema(example = "PROVINCE") CouncilLevel councilLevel,
        @Size(max = 300) @Schema(example = "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hải Dương") String councilName,
        @NotNull @PastOrPresent @Schema(example = "2025-06-10") LocalDate evaluationDate,
        @Size(max = 50) List<@NotNull @Valid MandatoryAnswer> mandatoryCriteria) {
}
