package vn.ntm.campaign.datasubject;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.campaign.Level;
import vn.ntm.campaign.surveys.SurveyPurpose;
import vn.ntm.campaign.surveys.SurveyState;

/** The records of /api/v1/privacy/requests. */
public final class DataSubjectApi {

    private DataSubjectApi() {
    }

    @Schema(name = "DataSubjectRequestInput")
    public record NewRequest(
            @NotNull RequestKind kind,
            @NotNull @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") @Schema(example = "10966") String communeCode,
            @NotBlank @Size(max = 200) @Schema(description = "The household identifier the forms were given under. Used to find them, never stored.",
                    example = "HGĐ-0042") String householdId,
            @Schema(description = "For CORRECTION and WITHDRAWAL: the survey; otherwise optional (every survey of the commune)") UUID surveyId,
            @NotBlank @Size(max = 300) @Schema(example = "Ông Nguyễn Văn An, chủ hộ") String requester,
            @NotBlank @Size(max = 300) @Schema(description = "The officer who checked the requester's identity outside the system",
                    example = "Trần Thị Bình, công chức Văn phòng - Thống kê xã") String identityCheckedBy,
            @NotBlank @Size(max = 100) @Schema(description = "The kind of document shown, never its number", example = "Căn cước") String identityDocument,
            @NotNull @Schema(example = "2026-12-07") LocalDate receivedOn,
            @Size(max = 2000) String details) {
    }

    @Schema(name = "DataSubjectRequestOutcome")
    public record Completion(@NotBlank @Size(max = 2000) @Schema(example = "Đã cung cấp bản sao dữ liệu cho chủ hộ.") String outcome) {
    }

    @Schema(name = "DataSubjectRequest")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RequestView(UUID id, RequestKind kind, RequestState state, String communeCode, String provinceCode, UUID surveyId,
                              String requester, String identityCheckedBy, String identityDocument, LocalDate receivedOn,
                              @Schema(description = "First answer due (working days)") LocalDate acknowledgeBy,
                              @Schema(description = "To be carried out by") LocalDate dueOn,
                              @Schema(description = "Still RECEIVED after dueOn") boolean overdue,
                              String timeLimitBasis, String details, String outcome, Integer formsAffected,
                              @Schema(description = "What is held about the household now: its forms, their purpose and retention") List<HeldForm> itemsHeld,
                              Instant recordedAt, String recordedBy, Instant closedAt, String closedBy, long version) {
    }

    @Schema(name = "DataSubjectHeldForm", description = "One form held about the household.")
    public record HeldForm(UUID responseId, UUID surveyId, String surveyTitle, SurveyPurpose purpose, Level level, int year,
                           @Schema(description = "The legal basis the survey recorded") String legalBasis, SurveyState surveyState,
                           String villageCode, String channel, Instant receivedAt, List<HeldAnswer> answers,
                           @Schema(description = "When the household link is removed; absent while the survey is open (counted from its close)")
                           LocalDate householdLinkUntil,
                           @Schema(description = "When the form is erased; absent while the survey is open") LocalDate formUntil) {
    }

    @Schema(name = "DataSubjectHeldAnswer")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HeldAnswer(String questionCode, boolean satisfied, String reason) {
    }
}
