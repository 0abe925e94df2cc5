package vn.ntm.communes.recognition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision that revokes a recognition (thu hồi quyết định công nhận, QĐ 18/2022/QĐ-TTg). */
@Schema(name = "CommunesRevocationRequest")
public record RevocationRequest(
        @Schema(example = "2210/QĐ-UBND") @NotBlank @Size(max = 100) String decisionNumber,
        @Schema(example = "2025-06-20") @NotNull LocalDate decisionDate,
        @Schema(example = "Tiêu chí Môi trường và Thu nhập không còn đạt sau rà soát năm 2025")
        @NotBlank @Size(max = 2000) String reason) {
}
