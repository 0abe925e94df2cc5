package vn.ntm.ocop.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dossier with its steps, documents and history. For the producer and the officials of its territory. */
@Schema(name = "OcopDossierView")
public record DossierView(
        UUID id,
        UUID productId,
        @Schema(example = "Vải thiều Thanh Hà") String productName,
        UUID subjectId,
        @Schema(example = "30") String provinceCode,
        @Schema(example = "10867") String communeCode,
        LocalDate dossierDate,
        @Schema(example = "QD_1489_2025") String ruleVersion,
        DossierState state,
        @Schema(description = "The step the dossier is at.") DossierStep step,
        @Schema(description = "Every step of the rule version, in order.") List<DossierStep> steps,
        @Schema(example = "78.50") BigDecimal selfScore,
        String description,
        @Schema(description = "Why the dossier was returned for revision, while it is RETURNED.") String returnReason,
        List<DocumentView> documents,
        @Schema(description = "The evaluation opened from the dossier at the latest council step.") UUID evaluationId,
        @Schema(example = "OCOP-30-2025-000123") String certificateNumber,
        @Schema(description = "Renewal: the certificate this dossier renews.", example = "OCOP-30-2023-000045") String renewalOf,
        List<EventView> history,
        long version) {

    @Schema(name = "OcopDossierDocumentView")
    public record DocumentView(@Schema(example = "REGISTRATION_FORM") String code,
                               @Schema(example = "Phiếu đăng ký sản phẩm tham gia đánh giá, phân hạng") String nameVi,
                               String fileName, String sha256, Long sizeBytes) {
    }

    @Schema(name = "OcopDossierEvent")
    public record EventView(@Schema(example = "COMMUNE_CHECK") String stepCode, @Schema(example = "PROPOSED") String action,
                            @Schema(example = "Ủy ban nhân dân cấp xã") String actingBody,
                            @Schema(example = "test.commune_officer.10867") String actor, String note, Instant occurredAt) {
    }
}
