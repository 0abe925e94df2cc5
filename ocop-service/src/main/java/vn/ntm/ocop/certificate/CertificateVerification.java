package vn.ntm.ocop.certificate;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.catalog.ProductGroup;

/**
 * The public answer to a scanned QR code: what the certificate says and whether it holds today. No contact, no
 * registration details, no member scores.
 */
@Schema(name = "OcopCertificateVerification")
public record CertificateVerification(
        @Schema(example = "OCOP-30-2025-000123") String number,
        @Schema(description = "State today (in the configured time zone).") CertificateState state,
        @Schema(example = "4") int stars,
        @Schema(example = "Vải thiều Thanh Hà") String productName,
        ProductGroup productGroup,
        @Schema(example = "Hợp tác xã Nông nghiệp Thanh Sơn") String subjectName,
        @Schema(example = "10867") String communeCode,
        @Schema(example = "Xã Thanh Sơn") String communeName,
        @Schema(example = "30") String provinceCode,
        @Schema(example = "Ủy ban nhân dân tỉnh Hải Dương") String issuingBody,
        @Schema(example = "1789/QĐ-UBND") String decisionNumber,
        @Schema(example = "2025-06-20") LocalDate issuedOn,
        @Schema(description = "First day in force (a renewal that follows on starts the day after the renewed certificate's last day).",
                example = "2025-06-20") LocalDate validFrom,
        @Schema(description = "Last day of validity, inclusive: the day of the decision 36 months on, or that month's last day (Civil Code Arts. 147-148).", example = "2028-06-20") LocalDate validUntil,
        @Schema(description = "The day the state was computed for.", example = "2025-09-01") LocalDate checkedOn,
        @Schema(description = "When SUPERSEDED: the certificate that replaced it.") String supersededBy,
        @Schema(description = "When REVOKED: the date of revocation.") LocalDate revokedOn,
        @Schema(description = "When REVOKED: why.") RevocationReason revocationReason,
        @Schema(description = "Stars the product is proposed for at the next level (e.g. 5 after 90+ points at province).", example = "5")
        Integer proposedForStars,
        @Schema(description = "The last annual inspection: year and outcome only (never the inspector or the findings); null before the first.")
        vn.ntm.ocop.inspection.InspectionView.PublicStatus lastInspection) {
}
