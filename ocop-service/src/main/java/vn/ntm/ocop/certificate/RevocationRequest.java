package vn.ntm.ocop.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision that revokes a certificate. */
@Schema(name = "OcopRevocationRequest")
public record RevocationRequest(
        @NotNull @Schema(example = "QUALITY_OR_PACKAGING_CHANGED") RevocationReason reasonCode,
        @NotBlank @Size(max = 1000) @Schema(example = "Thay đổi bao bì, nhãn mác so với hồ sơ đã được công nhận") String reason,
        @Size(max = 100) @Schema(example = "245/QĐ-UBND") String decisionNumber,
        @NotNull @PastOrPresent @Schema(example = "2025-09-15") LocalDate revokedOn) {
}
