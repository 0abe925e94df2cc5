package vn.ntm.ocop.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.evaluation.MandatoryAnswer;

/** The request bodies of the dossier endpoints. */
public final class DossierRequests {

    private DossierRequests() {
    }

    @Schema(name = "OcopDossierDocument")
    public record Document(
            @NotBlank @Size(max = 60) @Schema(example = "REGISTRATION_FORM") String code,
            @NotBlank @Size(max = 255) @Schema(example = "phieu-dang-ky-vai-thieu-thanh-ha.pdf") String fileName,
            @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the SHA-256 of the file, 64 hexadecimal digits")
            @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @PositiveOrZero @Schema(example = "184320") Long sizeBytes) {
    }

    @Schema(name = "OcopDossierRequest")
    public record Create(
            @NotNull UUID productId,
            @PastOrPresent @Schema(description = "The dossier's date; it selects the rule version and so the steps. Today when absent.",
                    example = "2025-09-15") LocalDate dossierDate,
            @NotNull @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2)
            @Schema(description = "The producer's own score on the rule version's score sheet.", example = "78.50") BigDecimal selfScore,
            @Size(max = 2000) @Schema(example = "Vải thiều tươi, quả to, cùi dày, hạt nhỏ, vị ngọt đậm") String description,
            @NotNull @Size(max = 30) List<@NotNull @Valid Document> documents,
            @Pattern(regexp = "(?i)OCOP-\\d{2}-\\d{4}-\\d{6}", message = "must be an OCOP certificate number, e.g. OCOP-30-2023-000123")
            @Schema(description = "Renewal: the number of the product's certificate approaching expiry.", example = "OCOP-30-2023-000123")
            String renewalOf) {
    }

    @Schema(name = "OcopDossierReturn")
    public record Return(@NotBlank @Size(max = 2000) @Schema(example = "Thiếu bản công bố chất lượng sản phẩm; bổ sung trước ngày 30/09/2025") String reason) {
    }

    @Schema(name = "OcopDossierResubmission")
    public record Resubmission(
            @NotNull @DecimalMin("0.00") @DecimalMax("100.00") @Digits(integer = 3, fraction = 2) @Schema(example = "78.50") BigDecimal selfScore,
            @Size(max = 2000) String description,
            @NotNull @Size(max = 30) List<@NotNull @Valid Document> documents) {
    }

    @Schema(name = "OcopDossierProposal")
    public record Proposal(@Size(max = 2000) @Schema(example = "Nguồn gốc, vùng nguyên liệu và lao động địa phương đã kiểm tra; đề nghị tỉnh đánh giá") String note) {
    }

    @Schema(name = "OcopDossierEvaluationRequest")
    public record OpenEvaluation(
            @Size(max = 300) @Schema(example = "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Hải Dương") String councilName,
            @NotNull @PastOrPresent @Schema(example = "2025-10-02") LocalDate evaluationDate,
            @Size(max = 50) List<@NotNull @Valid MandatoryAnswer> mandatoryCriteria) {
    }
}
