package vn.ntm.ocop.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision that closes an evaluation; for a certified result it is the recognition decision on the certificate. */
@Schema(name = "OcopDecisionRequest")
public record DecisionRequest(
        @NotBlank @Size(max = 100) @Schema(example = "1789/QĐ-UBND") String decisionNumber,
        @NotNull @PastOrPresent @Schema(description = "Date of the decision: the certificate's issue date.", example = "2025-06-20") LocalDate decisionDate,
        @NotBlank @Size(max = 300) @Schema(example = "Ủy ban nhân dân tỉnh Hải Dương") String issuingBody) {
}
