package vn.ntm.ocop.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An inspection as officials see it (the inspector's name included; the public sees only year and outcome). */
@Schema(name = "OcopInspection")
public record InspectionView(
        UUID id,
        UUID planId,
        @Schema(example = "OCOP-30-2025-000123") String certificate,
        @Schema(example = "Vải thiều Thanh Hà") String productName,
        @Schema(example = "30") String provinceCode,
        @Schema(example = "2026") int year,
        @Schema(description = "The warning this inspection follows up.") UUID followUpOf,
        @Schema(example = "2026-05-12") LocalDate inspectedOn,
        @Schema(example = "Đoàn kiểm tra Sở NN&PTNT Hải Dương") String inspector,
        @Schema(description = "Null while only planned.") InspectionOutcome outcome,
        @Schema(example = "2026-07-31") LocalDate remedyDeadline,
        @Schema(description = "WARNING: the follow-up that closed it.") UUID closedBy,
        String note,
        List<FindingView> findings,
        long version) {

    @Schema(name = "OcopInspectionFinding")
    public record FindingView(@Schema(example = "LABEL_AND_MARK") String item, String itemName, String legalSource, boolean compliant,
            String note) {
    }

    @Schema(name = "OcopInspectionPlan")
    public record PlanView(UUID id, @Schema(example = "30") String provinceCode, @Schema(example = "2026") int year,
            List<InspectionView> inspections, long version) {
    }

    @Schema(name = "OcopInspectionItem")
    public record ItemView(@Schema(example = "LABEL_AND_MARK") String code, String name, String legalSource) {
    }

    /** The public line on a certificate: "inspected 2026, compliant". No inspector, no findings. */
    @Schema(name = "OcopInspectionStatus")
    public record PublicStatus(@Schema(example = "2026") int year, InspectionOutcome outcome,
            @Schema(example = "inspected 2026, compliant") String summary) {
    }
}
