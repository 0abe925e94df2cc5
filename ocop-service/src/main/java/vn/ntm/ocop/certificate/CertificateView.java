package vn.ntm.ocop.certificate;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.catalog.ProductGroup;
import vn.ntm.ocop.rules.CouncilLevel;

/** A certificate as officials see it. */
@Schema(name = "OcopCertificateView")
public record CertificateView(
        @Schema(example = "OCOP-30-2025-000123") String number,
        @Schema(description = "State today, computed from the dates.") CertificateState state,
        @Schema(description = "State the daily job (or a revocation / supersession) last stored.") CertificateState storedState,
        @Schema(example = "4") int stars,
        UUID productId,
        @Schema(example = "Vải thiều Thanh Hà") String productName,
        ProductGroup productGroup,
        UUID subjectId,
        @Schema(example = "Hợp tác xã Nông nghiệp Thanh Sơn") String subjectName,
        @Schema(example = "10867") String communeCode,
        @Schema(example = "Xã Thanh Sơn") String communeName,
        @Schema(example = "30") String provinceCode,
        CouncilLevel councilLevel,
        UUID evaluationId,
        IssueKind kind,
        @Schema(example = "Ủy ban nhân dân tỉnh Hải Dương") String issuingBody,
        @Schema(example = "1789/QĐ-UBND") String decisionNumber,
        LocalDate issuedOn,
        @Schema(description = "First day in force: the issue date, or for a renewal decided before the renewed certificate ended the day after its last day.")
        LocalDate validFrom,
        LocalDate validUntil,
        @Schema(description = "RENEWAL: the certificate renewed.", example = "OCOP-30-2023-000123") String renews,
        @Schema(description = "RENEWAL: days without a certificate between the renewed one's last day and this one's first (0: follows on).",
                example = "0") Long renewalGapDays,
        @Schema(description = "Days from today to the last valid day, while in force.", example = "21") Long daysUntilExpiry,
        String supersededBy,
        LocalDate supersededOn,
        Revocation revocation,
        @Schema(description = "The record's version; also sent as ETag.") long version) {

    @Schema(name = "OcopRevocation")
    public record Revocation(LocalDate revokedOn, RevocationReason reasonCode, String reason, String decisionNumber, String revokedBy) {
    }
}
