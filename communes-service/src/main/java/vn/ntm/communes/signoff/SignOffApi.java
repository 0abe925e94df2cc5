package vn.ntm.communes.signoff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;
import vn.ntm.communes.certification.DossierState;

/** Request and answer payloads of the sign-off endpoints. */
public final class SignOffApi {

    private SignOffApi() {
    }

    @Schema(name = "CriteriaSignOffRequest", description = "One act of a sector department on one or more of its criteria.")
    public record SignOffRequest(
            @NotNull @Schema(description = "APPROVE (optional note), RETURN (reason required) or UNAPPROVE (before the council votes).") SignOffAct act,
            @NotNull @Size(min = 1, max = 60) @Schema(description = "Criterion numbers of the dossier's set, all of the caller's sectors.", example = "[2]")
            List<@NotNull @Min(1) @Max(99) Integer> criteria,
            @Size(max = 2000) @Schema(example = "Đã kiểm tra hồ sơ tiêu chí Giao thông: đạt") String note,
            @Size(max = 2000) @Schema(description = "Why the criteria go back to the commune (RETURN).",
                    example = "Tỷ lệ đường trục thôn được cứng hóa chưa khớp biên bản nghiệm thu; đề nghị xã rà soát lại chỉ tiêu 2.2") String reason) {
    }

    @Schema(name = "CriteriaSector")
    public record SectorView(@Schema(example = "TRANSPORT") String code, @Schema(example = "Sở Giao thông vận tải") String nameVi,
                             @Schema(example = "Department of Transport") String nameEn, String note, String source) {
    }

    @Schema(name = "CriteriaSectorList")
    public record SectorList(List<SectorView> items) {
    }

    @Schema(name = "CriteriaSignOffActRecord")
    public record ActView(int seq, SignOffAct act, @Schema(example = "test.sector_officer.33") String actedBy, String actedRoles, Instant actedAt,
                          String note, @Schema(example = "2.2") String indicatorCode, String valueBefore, String valueAfter) {
    }

    @Schema(name = "CriterionSignOff")
    public record CriterionSignOffView(
            @Schema(example = "2") int criterionNumber,
            @Schema(example = "Giao thông") String nameVi,
            SectorView sector,
            @Schema(description = "Where the assignment of the criterion to its sector comes from.") String sectorSource,
            @Schema(description = "V confirmed, R reported, I inferred.", example = "I") String sectorConfidence,
            @Schema(description = "true: the set names no sector; the appraisal lead answers for it.") boolean sectorDefaulted,
            SignOffStatus status,
            String approvedBy, Instant approvedAt, String approvalNote,
            String returnedBy, Instant returnedAt, String returnReason,
            Instant correctedAt,
            List<ActView> history) {
    }

    @Schema(name = "CriteriaSignOffSheet")
    public record SignOffSheet(
            UUID dossierId,
            @Schema(example = "10894") String communeCode,
            @Schema(example = "Xã Cẩm Hưng") String communeName,
            @Schema(example = "30") String provinceCode,
            DossierState dossierState,
            @Schema(description = "Whether the departments may act now; why not, when they may not.") String closedReason,
            @Schema(description = "Also the ETag.") int version,
            @Schema(description = "Every criterion approved: the SECTOR_SIGN_OFF condition of the council vote is met.") boolean complete,
            @Schema(example = "17") int approved,
            @Schema(example = "19") int total,
            List<CriterionSignOffView> criteria) {
    }

    @Schema(name = "CriteriaSignOffAwaiting")
    public record AwaitingCriterion(@Schema(example = "2") int criterionNumber, @Schema(example = "Giao thông") String nameVi,
                                    @Schema(example = "TRANSPORT") String sector, SignOffStatus status) {
    }

    @Schema(name = "CriteriaSignOffQueueItem")
    public record QueueItem(UUID dossierId, @Schema(example = "10894") String communeCode, @Schema(example = "Xã Cẩm Hưng") String communeName,
                            @Schema(example = "30") String provinceCode, Level level, @Schema(example = "2024") int year, DossierState state,
                            List<AwaitingCriterion> criteria) {
    }
}
