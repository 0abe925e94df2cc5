package vn.ntm.ocop.mark;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answers of the mark endpoints. */
public final class MarkViews {

    private MarkViews() {
    }

    @Schema(name = "OcopMarkUse")
    public record UseView(UUID id, UUID productId, @Schema(example = "OCOP-30-2025-000123") String certificate,
            @Schema(example = "4") int stars, @Schema(example = "PACKAGING") String kind, String description, String place,
            @Schema(example = "2025-07-01") LocalDate usedFrom, LocalDate usedUntil) {
    }

    @Schema(name = "OcopMarkRule")
    public record RuleView(@Schema(example = "WRONG_STARS") String code, String name, String legalSource,
            @Schema(description = "Violation kinds: the report must give starsShown.") Boolean needsStars,
            @Schema(description = "Actions: the action opens the certificate revocation.") Boolean opensRevocation) {
    }

    @Schema(name = "OcopMarkRules")
    public record Rules(List<RuleView> useKinds, List<RuleView> violationKinds, List<RuleView> actions) {
    }

    @Schema(name = "OcopMarkEvidence")
    public record EvidenceView(@Schema(example = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae") String sha256,
            Long sizeBytes) {
    }

    /** A violation as anyone may read it: what was seen and how it was handled; never who reported it. */
    @Schema(name = "OcopMarkViolation")
    public record ViolationView(UUID id, @Schema(example = "30") String provinceCode, UUID productId,
            @Schema(example = "Vải thiều Thanh Hà") String productName, @Schema(example = "WRONG_STARS") String kind, String kindName,
            @Schema(example = "2026-06-02") LocalDate seenOn, String seenAt, String description, Integer starsShown,
            @Schema(description = "Checksums of the evidence; file names stay with the officials.") List<EvidenceView> evidence,
            ViolationState state, @Schema(example = "CORRECTION") String action, String actionNote, LocalDate resolvedOn,
            @Schema(description = "REVOCATION_PROPOSAL: the certificate revoked.") String revokedCertificate, long version) {
    }

    /** Who reported a violation, and the evidence file names: for the officials handling it. */
    @Schema(name = "OcopMarkViolationReporter")
    public record ReporterView(UUID violationId, @Schema(example = "Trần Thị Bình") String reporterName,
            @Schema(example = "0904 111 222") String reporterContact, @Schema(description = "Subject of the reporter's token.") String reportedBy,
            @Schema(description = "Subject of the official who reviewed or resolved it.") String handledBy, List<EvidenceFileView> evidence) {
    }

    @Schema(name = "OcopMarkEvidenceFile")
    public record EvidenceFileView(String fileName, String sha256, Long sizeBytes) {
    }
}
