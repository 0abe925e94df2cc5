package vn.ntm.ocop.product;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.catalog.ProductGroup;
import vn.ntm.ocop.certificate.CertificateState;
import vn.ntm.ocop.subject.SubjectType;

/** A product as anyone may see it (no private data of its subject). */
@Schema(name = "OcopProductView")
public record ProductView(
        UUID id,
        @Schema(example = "Vải thiều Thanh Hà") String name,
        ProductGroup group,
        @Schema(example = "FRESH_PRODUCE") String subgroupCode,
        SubjectSummary subject,
        @Schema(example = "10867") String communeCode,
        @Schema(example = "Xã Thanh Sơn") String communeName,
        @Schema(example = "30") String provinceCode,
        LocalDate communeAsOf,
        String description,
        RawMaterialArea rawMaterialArea,
        @Schema(description = "The most recent certificate, with its state today; null when never certified.") CertificateSummary certificate,
        @Schema(description = "Stars a council proposed to the next level (e.g. 5 after 90+ points at province), until that level decides.",
                example = "5") Integer proposedForStars,
        @Schema(description = "The record's version; also sent as ETag.") long version) {

    @Schema(name = "OcopSubjectSummary")
    public record SubjectSummary(UUID id, @Schema(example = "Hợp tác xã Nông nghiệp Thanh Sơn") String name, SubjectType type) {
    }

    @Schema(name = "OcopCertificateSummary")
    public record CertificateSummary(@Schema(example = "OCOP-30-2025-000123") String number, @Schema(example = "4") int stars,
                                     CertificateState state, LocalDate issuedOn, LocalDate validUntil) {
    }
}
