package vn.ntm.communes.fieldverification;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and answer payloads of the field verification endpoints. */
public final class FieldVerificationApi {

    private FieldVerificationApi() {
    }

    /** An officer of the team, named as they act in office. */
    @Schema(name = "FieldTeamMember")
    public record TeamMember(@NotBlank @Size(max = 200) @Schema(example = "Nguyễn Văn Hùng") String name,
                             @NotBlank @Size(max = 300) @Schema(example = "Phó Chi cục trưởng Chi cục Phát triển nông thôn, Sở Nông nghiệp và Môi trường") String role) {
    }

    @Schema(name = "FieldVerificationItemInput")
    public record ItemInput(
            @NotBlank @Size(max = 20) @Schema(example = "2.2") String indicatorCode,
            @Size(max = 200) @Schema(example = "Thôn Đồng Lạc") String village,
            @NotNull @Schema(implementation = Object.class, anyOf = {BigDecimal.class, Boolean.class, String.class},
                    description = "What the team found: a number (NUMERIC), true/false (PASS_FAIL) or a code (CHOICE).", example = "86.5") JsonNode foundValue,
            @Size(max = 2000) @Schema(example = "1,2 km đường trục thôn còn là đường đất") String note) {
    }

    @Schema(name = "NewFieldVerification")
    public record NewFieldVerification(
            @NotNull @Size(min = 1, max = 30) List<@Valid @NotNull TeamMember> team,
            @NotNull @Schema(example = "2024-12-02") LocalDate dateFrom,
            @NotNull @Schema(example = "2024-12-03") LocalDate dateTo,
            @NotNull @Size(min = 1, max = 60) List<@NotBlank @Size(max = 200) String> villages,
            @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull ItemInput> items,
            @NotBlank @Size(max = 4000) @Schema(example = "Cơ bản khớp với báo cáo của xã; chỉ tiêu 2.2 chưa đạt như kê khai") String conclusion) {
    }

    @Schema(name = "FieldFlagWithdrawal")
    public record Withdrawal(@NotBlank @Size(max = 20) @Schema(example = "2.2") String indicatorCode,
                             @NotBlank @Size(max = 2000) @Schema(example = "Đoạn đường đất thuộc dự án đã nghiệm thu ngày 28/11/2024; biên bản bổ sung") String reason) {
    }

    @Schema(name = "FieldVerificationItem")
    public record ItemView(int seq, @Schema(example = "2.2") String indicatorCode, @Schema(example = "2") int criterionNumber, String village,
                           @Schema(example = "100") String declaredValue, @Schema(example = "86.5") String foundValue, boolean contradicts, String note) {
    }

    @Schema(name = "FieldFlag")
    public record FlagView(UUID id, @Schema(example = "2.2") String indicatorCode, @Schema(example = "2") int criterionNumber,
                           @Schema(example = "100") String declaredValue, @Schema(example = "86.5") String foundValue, String note, FlagState state,
                           Instant openedAt, String openedBy, Instant resolvedAt, String resolvedBy, String resolutionReason,
                           @Schema(example = "86.5") String correctedValue) {
    }

    @Schema(name = "FieldVerification")
    public record FieldVerificationView(UUID id, UUID dossierId, UUID assessmentId, List<TeamMember> team, LocalDate dateFrom, LocalDate dateTo,
                                        List<String> villages, List<ItemView> items, String conclusion, String recordedBy, String recordedRoles,
                                        Instant recordedAt, @Schema(description = "Also the ETag.") int version, List<FlagView> flags) {
    }
}
