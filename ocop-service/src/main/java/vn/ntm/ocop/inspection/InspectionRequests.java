package vn.ntm.ocop.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.certificate.RevocationReason;

/** The request bodies of the inspection endpoints. */
public final class InspectionRequests {

    private InspectionRequests() {
    }

    @Schema(name = "OcopInspectionPlanRequest")
    public record Plan(
            @NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") @Schema(example = "30") String provinceCode,
            @NotNull @Min(2019) @Max(2100) @Schema(example = "2026") Integer year,
            @NotNull @Size(min = 1, max = 500, message = "must name 1 to 500 certificates")
            @Schema(description = "Certificates to inspect; each must be in force on some day of the year.")
            List<@NotNull @Pattern(regexp = "(?i)OCOP-\\d{2}-\\d{4}-\\d{6}", message = "must be an OCOP certificate number") String> certificates) {
    }

    @Schema(name = "OcopInspectionFindingRequest")
    public record FindingRequest(
            @NotBlank @Size(max = 60) @Schema(description = "Code of an inspection item (GET /api/v1/ocop/inspection-items).",
                    example = "LABEL_AND_MARK") String item,
            @NotNull @Schema(example = "false") Boolean compliant,
            @Size(max = 2000) @Schema(example = "Tem OCOP in 5 sao trên bao bì trong khi sản phẩm được công nhận 4 sao") String note) {
    }

    @Schema(name = "OcopInspectionOutcomeRequest")
    public record Outcome(
            @NotNull @PastOrPresent @Schema(example = "2026-05-12") LocalDate inspectedOn,
            @NotBlank @Size(max = 200) @Schema(description = "Kept for the record, never published.", example = "Đoàn kiểm tra Sở NN&PTNT Hải Dương")
            String inspector,
            @Size(max = 30) List<@NotNull @Valid FindingRequest> findings,
            @NotNull InspectionOutcome outcome,
            @Schema(description = "WARNING: the day by which the subject must remedy; today or later.", example = "2026-07-31") LocalDate remedyDeadline,
            @Schema(description = "PROPOSE_REVOCATION: the reason of the revocation it opens.", example = "QUALITY_OR_PACKAGING_CHANGED")
            RevocationReason revocationReason,
            @Size(max = 100) @Schema(description = "PROPOSE_REVOCATION: the revocation decision, when already taken.", example = "245/QĐ-UBND")
            String decisionNumber,
            @Size(max = 2000) @Schema(example = "Đã nhắc nhở cơ sở điều chỉnh tem nhãn") String note) {
    }
}
