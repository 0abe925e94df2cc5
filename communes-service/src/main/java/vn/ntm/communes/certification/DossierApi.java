package vn.ntm.communes.certification;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/** Request and answer payloads of the dossier endpoints. */
public final class DossierApi {

    private DossierApi() {
    }

    /** A document attached to a step. */
    @Schema(name = "DossierDocument")
    public record Document(
            @NotBlank @Size(max = 100) @Schema(example = "45/TTr-UBND") String number,
            @NotNull @Schema(example = "2024-10-15") LocalDate date,
            @NotBlank @Size(max = 500) @Schema(example = "Tờ trình đề nghị thẩm tra, xét công nhận xã Cẩm Hưng đạt chuẩn NTM nâng cao năm 2024") String title,
            @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") @Schema(example = "https://camgiang.haiduong.gov.vn/van-ban/45-ttr-ubnd.pdf") String link) {
    }

    /** What the commune declares (QĐ 18/2022 Art. 4 conditions 2 and 4). */
    @Schema(name = "DossierDeclarations")
    public record Declarations(
            @Schema(description = "The commune has outstanding capital-construction debt (nợ đọng xây dựng cơ bản) under the programme.", example = "false") Boolean capitalConstructionDebt,
            @Schema(description = "The commune is a security trouble spot (phức tạp về an ninh, trật tự).", example = "false") Boolean securityTroubleSpot) {
    }

    @Schema(name = "NewDossier")
    public record NewDossier(
            @NotNull @Schema(description = "The assessment the dossier rests on.") UUID assessmentId,
            @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a 5-digit GSO commune code") @Schema(example = "10894") String communeCode,
            @NotNull Level level,
            @NotNull @Min(2000) @Max(2100) @Schema(example = "2024") Integer year,
            @Schema(description = "Date of the self-assessment report; today by default.", example = "2024-09-20") LocalDate date,
            @Schema(description = "COMMUNE by default.") ActingBody body,
            @Size(max = 30) List<@Valid @NotNull Document> documents,
            @Valid Declarations declarations,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "DossierDecision")
    public record Decision(
            @NotBlank @Size(max = 100) @Schema(example = "1234/QĐ-UBND") String number,
            @NotNull @Schema(example = "2025-04-25") LocalDate date,
            @NotBlank @Size(max = 200) @Schema(example = "Chủ tịch UBND tỉnh Hải Dương") String signer) {
    }

    @Schema(name = "DossierTransition")
    public record Transition(
            @NotNull @Schema(description = "The step to record: the next one in order, or REJECTED.", example = "PUBLICATION_FOR_COMMENT") DossierState to,
            @NotNull @Schema(description = "The tier the step is taken for; DISTRICT only before the district tier ended (1 July 2025).") ActingBody body,
            @Schema(description = "Date of the step; today by default. Not before the previous step, not in the future.", example = "2024-10-01") LocalDate date,
            @Size(max = 30) List<@Valid @NotNull Document> documents,
            @Min(0) @Max(100000) @Schema(description = "Votes steps: votes for.", example = "18") Integer votesFor,
            @Min(0) @Max(100000) @Schema(description = "Votes steps: votes against.", example = "1") Integer votesAgainst,
            @Valid Declarations declarations,
            @Valid @Schema(description = "RECOGNISED: the recognition decision.") Decision decision,
            @Size(max = 2000) @Schema(description = "Required for REJECTED and RETURNED_FOR_REVISION: the reason.") String note,
            @Schema(description = "A historical dossier recorded after the facts: the step may predate the results it uses (ADMINISTRATOR or "
                    + "PROVINCE_OFFICER only; the audit trail records who).") Boolean backfill,
            @Size(max = 2000) @Schema(description = "Required with backfill: why the step is recorded late.",
                    example = "Nhập lại hồ sơ năm 2024 từ bản giấy lưu tại Sở Nông nghiệp và Môi trường") String backfillReason) {
    }

    @Schema(name = "DossierStep")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepView(
            @Schema(example = "1") int seq,
            DossierState state,
            ActingBody body,
            @Schema(example = "2024-09-20") LocalDate date,
            @Schema(description = "The authenticated actor, never a name from the body.", example = "officer.haiduong") String actedBy,
            String actedRoles,
            Instant actedAt,
            Integer votesFor,
            Integer votesAgainst,
            String note,
            List<Document> documents,
            @Schema(description = "What was checked at this step: evaluation, survey figures, OCOP summary.") Map<String, Object> checks,
            @Schema(description = "True when recorded as a back-fill of a historical dossier.") Boolean backfill,
            String backfillReason) {
    }

    @Schema(name = "Dossier")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DossierView(
            UUID id,
            @Schema(example = "10894") String communeCode,
            @Schema(example = "Xã Cẩm Hưng") String communeName,
            long unitId,
            @Schema(example = "30") String provinceCode,
            Level level,
            @Schema(example = "2024") int year,
            UUID assessmentId,
            DossierState state,
            @Schema(description = "Steps that may be recorded next.") List<DossierState> nextSteps,
            Declarations declarations,
            @Schema(example = "PRODUCTION") String outstandingField,
            Decision decision,
            UUID recognitionId,
            Instant createdAt,
            String createdBy,
            Instant updatedAt,
            @Schema(description = "Also the ETag.") int version,
            List<StepView> steps,
            @Schema(description = "The procedure version the dossier is pinned to.") ProcedurePin procedure,
            @Schema(description = "The steps that may be taken next (REJECTED aside), who takes them and by when.") List<OpenStep> openSteps,
            @Schema(description = "Every explicit move to a newer procedure version.") List<ProcedureMoveView> procedureMoves,
            @Schema(description = "From the submission on: per criterion, its sector department, who approved it and when, what was returned, "
                    + "by whom and why (the full history is on GET /api/v1/dossiers/{id}/criteria-sign-off).") List<CriterionSignature> criteriaSignOff) {
    }

    /** Where one criterion of the dossier stands with the department responsible for it (issue 17). */
    @Schema(name = "DossierCriterionSignature")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CriterionSignature(
            @Schema(example = "15") int criterionNumber,
            @Schema(example = "Y tế") String nameVi,
            @Schema(example = "HEALTH") String sector,
            @Schema(description = "PENDING, APPROVED, RETURNED or CORRECTED.", example = "RETURNED") String status,
            @Schema(example = "test.sector_officer.33") String approvedBy, Instant approvedAt, String approvalNote,
            @Schema(example = "test.sector_officer.33") String returnedBy, Instant returnedAt,
            @Schema(example = "Tỷ lệ tham gia BHYT chưa khớp số liệu của BHXH") String returnReason,
            @Schema(description = "When the commune last corrected a value of the criterion.") Instant correctedAt) {
    }

    /** The procedure version a dossier follows: the one in force on its opening date, or a newer one it was moved to. */
    @Schema(name = "DossierProcedurePin")
    public record ProcedurePin(@Schema(example = "NTM-RECOGNITION") String code, @Schema(example = "2") int version,
                               @Schema(example = "NTM-RECOGNITION/v2") String ruleVersion, String titleVi) {
    }

    /** A step that waits to be taken: due {@code deadlineDays} after the last step, where the version sets a deadline. */
    @Schema(name = "DossierOpenStep")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpenStep(DossierState step, String nameVi, List<String> roles, @Schema(example = "2025-11-04") LocalDate dueDate,
                           @Schema(description = "Today is after the due date.") Boolean overdue, String deadlineSource) {
    }

    @Schema(name = "DossierProcedureMoveRequest")
    public record ProcedureMoveRequest(
            @Schema(description = "The code of the target version; the dossier's own by default.", example = "NTM-RECOGNITION") String procedureCode,
            @NotNull @Min(1) @Schema(example = "2") Integer version,
            @NotBlank @Size(max = 2000) @Schema(example = "Hồ sơ chuyển sang cấp tỉnh thẩm tra từ 01/07/2025 (NĐ 131/2025/NĐ-CP)") String reason) {
    }

    /** What a move to another version changes for the dossier. */
    @Schema(name = "DossierProcedureChanges")
    public record ProcedureChanges(List<String> stepsAdded, List<String> stepsRemoved, List<PreconditionChange> preconditionsChanged,
                                   List<String> movesAdded, List<String> movesRemoved) {
    }

    @Schema(name = "DossierPreconditionChange")
    public record PreconditionChange(DossierState step, List<String> added, List<String> removed) {
    }

    @Schema(name = "DossierProcedureMove")
    public record ProcedureMoveView(@Schema(example = "NTM-RECOGNITION/v1") String from, @Schema(example = "NTM-RECOGNITION/v2") String to, String reason,
                                    String movedBy, String movedRoles, Instant movedAt, ProcedureChanges changes) {
    }

    /** The answer of a move: the dossier as it now stands and what changed. */
    @Schema(name = "DossierProcedureMoveAnswer")
    public record ProcedureMoveAnswer(ProcedureChanges changes, DossierView dossier) {
    }

    @Schema(name = "DossierListItem")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DossierListItem(UUID id, @Schema(example = "10894") String communeCode, @Schema(example = "Xã Cẩm Hưng") String communeName,
                           @Schema(example = "30") String provinceCode, Level level, int year, DossierState state, Instant createdAt,
                           Instant updatedAt, @Schema(example = "NTM-RECOGNITION/v2") String procedureVersion,
                           @Schema(description = "With awaiting=ROLE: the steps waiting on that role, due dates included.") List<OpenStep> awaiting) {

        /** A row of a list; an {@link AwaitingQueue} adds the steps that wait. */
        public static DossierListItem of(DossierEntity d, List<OpenStep> awaiting) {
            return new DossierListItem(d.id, d.communeCode, d.communeName, d.provinceCode, d.level, d.year, d.state, d.createdAt, d.updatedAt,
                    d.procedureCode + "/v" + d.procedureVersion, awaiting);
        }
    }

    /** One condition that is not met, named so that clients can act on it. */
    @Schema(name = "DossierUnmetCondition")
    public record UnmetCondition(@Schema(example = "SURVEY_SATISFACTION") String code,
                                 @Schema(example = "Overall satisfaction 0.8720 is below the pass rate 0.9000 for ADVANCED.") String message) {
    }
}
