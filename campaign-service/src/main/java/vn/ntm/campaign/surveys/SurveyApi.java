package vn.ntm.campaign.surveys;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.campaign.Level;

/** The JSON payloads of the surveys feature. */
public final class SurveyApi {

    public static final int MAX_QUESTIONS = 60;
    public static final int MAX_VILLAGES = 300;

    public static final String LEGAL_BASIS_EXAMPLE = "Khoản 3 Điều 4 Quyết định 18/2022/QĐ-TTg (lấy ý kiến sự hài lòng của người dân); "
            + "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15";
    public static final String NOTICE_EXAMPLE = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Cẩm Giàng lấy ý kiến của hộ gia đình về sự hài lòng với "
            + "kết quả xây dựng nông thôn mới của xã. Câu trả lời chỉ dùng để đánh giá sự hài lòng phục vụ việc xét công nhận xã đạt chuẩn. "
            + "Mã hộ được lưu dưới dạng mã hóa một chiều; kết quả chỉ công bố tổng hợp. Ông/bà có quyền biết, đính chính hoặc rút câu trả lời "
            + "trước khi kết thúc lấy ý kiến.";

    private SurveyApi() {
    }

    @Schema(name = "SurveyRequest", description = "A new survey, created as DRAFT. Villages and questions may be given now or later (PUT), "
            + "but a survey opens only with at least one of each.")
    public record SurveyRequest(
            @NotNull @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") @Schema(example = "10903") String communeCode,
            @NotNull SurveyPurpose purpose,
            @Schema(description = "Required for RECOGNITION, absent for PERIODIC") Level level,
            @NotNull @Min(2000) @Max(2100) @Schema(description = "The recognition year, or the year of a periodic survey", example = "2026") Integer year,
            @Schema(description = "The day the survey opened in the field, a day of its year. The commune is looked up in communes-service "
                    + "on this day (a unit that has ended since is accepted if it existed then). Without it: 1 January of the year for a "
                    + "RECOGNITION survey, today for a PERIODIC one. Give it for a survey entered after the fact, or for a unit created "
                    + "during the year.", example = "2026-03-09") LocalDate startDate,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 300) @Schema(example = "Ban Thường trực Ủy ban MTTQ Việt Nam xã Cẩm Giàng") String organiser,
            @Size(min = 1, max = 1000) @Schema(description = "The legal basis of processing the answers (Law 91/2025/QH15). Required to open; "
                    + "may be given later with PUT /notice", example = LEGAL_BASIS_EXAMPLE) String legalBasis,
            @Size(min = 1, max = 10000) @Schema(description = "The notice shown to respondents before the first question, in Vietnamese: who "
                    + "asks, why, what is kept and for how long, and their rights. Required to open", example = NOTICE_EXAMPLE) String notice,
            @Size(max = MAX_VILLAGES) List<@NotNull @Valid VillageInput> villages,
            @Size(max = MAX_QUESTIONS) List<@NotNull @Valid QuestionInput> questions) {
    }

    @Schema(name = "SurveyVillageInput")
    public record VillageInput(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,40}", message = "must be 1 to 40 letters, digits, '.', '_' or '-'") @Schema(example = "THON-DONG") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Thôn Đông") String name,
            @NotNull @Min(1) @Max(1_000_000) @Schema(description = "Households counted in scope in this village", example = "412") Integer householdsInScope) {
    }

    @Schema(name = "SurveyQuestionInput")
    public record QuestionInput(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,20}", message = "must be 1 to 20 letters, digits, '.', '_' or '-'") @Schema(example = "Q9") String code,
            @NotBlank @Size(max = 1000) @Schema(example = "Nhìn chung, ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?") String text,
            @Schema(description = "The overall-satisfaction question; at most one per questionnaire", defaultValue = "false") Boolean overall) {

        public boolean isOverall() {
            return Boolean.TRUE.equals(overall);
        }
    }

    @Schema(name = "SurveyQuestionnaireRequest", description = "The whole questionnaire, replacing the previous one (DRAFT only).")
    public record QuestionnaireRequest(@NotNull @Size(min = 1, max = MAX_QUESTIONS) List<@NotNull @Valid QuestionInput> questions) {
    }

    @Schema(name = "SurveyNoticeRequest", description = "The legal basis and the notice to respondents, replacing the previous ones (DRAFT only).")
    public record NoticeRequest(
            @NotBlank @Size(max = 1000) @Schema(example = LEGAL_BASIS_EXAMPLE) String legalBasis,
            @NotBlank @Size(max = 10000) @Schema(example = NOTICE_EXAMPLE) String notice) {
    }

    @Schema(name = "SurveyNotice", description = "What a respondent is told before the first question: read by the mobile app from the API.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NoticeView(UUID surveyId, String communeCode, String communeName, SurveyPurpose purpose, Level level, int year,
                             @Schema(description = "Who processes the answers (the organiser)") String controller,
                             @Schema(description = "Absent for a survey opened before notices were recorded") String legalBasis,
                             @Schema(description = "Absent for a survey opened before notices were recorded") String notice,
                             SurveyState state) {
    }

    @Schema(name = "SurveyVillagesRequest", description = "All villages in scope, replacing the previous list (DRAFT only).")
    public record VillagesRequest(@NotNull @Size(min = 1, max = MAX_VILLAGES) List<@NotNull @Valid VillageInput> villages) {
    }

    @Schema(name = "SurveyView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SurveyView(
            UUID id, String communeCode, String communeName, String provinceCode, SurveyPurpose purpose, Level level, int year,
            @Schema(description = "The day the survey opened in the field, when given") LocalDate startDate,
            @Schema(description = "The day the commune was looked up on (startDate, 1 January of a RECOGNITION survey's year, or the day a "
                    + "PERIODIC survey was created)", example = "2026-01-01") LocalDate communeAsOf,
            String title, String organiser, String legalBasis, String notice, SurveyState state, QuestionnaireView questionnaire, List<VillageView> villages,
            long householdsInScope, Progress progress, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
            Instant openedAt, String openedBy, Instant closedAt, String closedBy, long version) {
    }

    @Schema(name = "SurveyQuestionnaire")
    public record QuestionnaireView(@Schema(description = "Raised by every change while DRAFT; frozen once OPEN") int version,
                                    List<QuestionView> questions) {
    }

    @Schema(name = "SurveyQuestionView")
    public record QuestionView(String code, String text, boolean overall) {
    }

    @Schema(name = "SurveyVillageView")
    public record VillageView(String code, String name, int householdsInScope) {
    }

    @Schema(name = "SurveyProgress", description = "Forms received so far (live count).")
    public record Progress(long formsReturned, @Schema(example = "0.4512") BigDecimal coverage) {
    }
}
