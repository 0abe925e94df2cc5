package vn.ntm.ocop.mark;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.certificate.RevocationReason;

/** The request bodies of the mark endpoints. */
public final class MarkRequests {

    private MarkRequests() {
    }

    @Schema(name = "OcopMarkUseRequest")
    public record Use(
            @NotBlank @Size(max = 60) @Schema(description = "A kind of use (GET /api/v1/ocop/mark-rules).", example = "PACKAGING") String kind,
            @NotBlank @Size(max = 1000) @Schema(example = "Hộp carton 5 kg in biểu trưng OCOP 4 sao") String description,
            @Size(max = 500) @Schema(example = "Cửa hàng giới thiệu sản phẩm OCOP tỉnh Hải Dương, 9 Hồng Quang, TP Hải Dương") String place,
            @NotNull @Schema(example = "2025-07-01") LocalDate usedFrom,
            @Schema(example = "2026-06-30") LocalDate usedUntil) {
    }

    @Schema(name = "OcopMarkEvidenceRequest")
    public record EvidenceFile(
            @NotBlank @Size(max = 255) @Schema(example = "anh-hop-vai-5-sao-cho-hai-duong.jpg") String fileName,
            @NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the SHA-256 of the file, 64 hexadecimal digits")
            @Schema(example = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae") String sha256,
            @PositiveOrZero @Schema(example = "482133") Long sizeBytes) {
    }

    @Schema(name = "OcopMarkViolationReport")
    public record Report(
            @Schema(description = "The product when it is registered here.") UUID productId,
            @Size(max = 300) @Schema(description = "Name on the package; required without productId.", example = "Vải thiều Thanh Hà") String productName,
            @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code")
            @Schema(description = "Province handling it; required without productId (else the product's).", example = "30") String provinceCode,
            @NotBlank @Size(max = 60) @Schema(description = "A kind of violation (GET /api/v1/ocop/mark-rules).", example = "WRONG_STARS") String kind,
            @NotNull @PastOrPresent @Schema(example = "2026-06-02") LocalDate seenOn,
            @NotBlank @Size(max = 500) @Schema(example = "Chợ Hải Dương, quầy số 14") String seenAt,
            @NotBlank @Size(max = 2000) @Schema(example = "Hộp vải in biểu trưng OCOP 5 sao; sản phẩm được công nhận 4 sao") String description,
            @Min(value = 1, message = "must be 1 to 5") @Max(value = 5, message = "must be 1 to 5") @Schema(example = "5") Integer starsShown,
            @Size(max = 200) @Schema(description = "Never published.", example = "Trần Thị Bình") String reporterName,
            @Size(max = 200) @Schema(description = "Never published.", example = "0904 111 222") String reporterContact,
            @Size(max = 20) List<@NotNull @Valid EvidenceFile> evidence) {
    }

    @Schema(name = "OcopMarkViolationReview")
    public record Review(@Size(max = 2000) @Schema(example = "Giao Phòng Phát triển nông thôn xác minh tại chợ Hải Dương") String note) {
    }

    @Schema(name = "OcopMarkViolationResolution")
    public record Resolution(
            @NotBlank @Size(max = 60) @Schema(description = "An action (GET /api/v1/ocop/mark-rules).", example = "CORRECTION") String action,
            @NotBlank @Size(max = 2000) @Schema(example = "Cơ sở cam kết thu hồi 300 hộp in sai hạng sao trước 30/06/2026") String note,
            @PastOrPresent @Schema(description = "Today when absent.", example = "2026-06-10") LocalDate resolvedOn,
            @Schema(description = "REVOCATION_PROPOSAL: the reason of the revocation it opens.", example = "QUALITY_OR_PACKAGING_CHANGED")
            RevocationReason revocationReason,
            @Size(max = 100) @Schema(description = "REVOCATION_PROPOSAL: the revocation decision.", example = "312/QĐ-UBND") String decisionNumber) {
    }
}
