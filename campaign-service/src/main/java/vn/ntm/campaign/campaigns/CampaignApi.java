package vn.ntm.campaign.campaigns;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON payloads of the campaigns feature. */
public final class CampaignApi {

    private CampaignApi() {
    }

    @Schema(name = "CampaignRequest", description = "A campaign or emulation movement to create, or its new content (PUT).")
    public record CampaignRequest(
            @NotBlank @Size(max = 300) @Schema(example = "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh") String name,
            @NotNull CampaignKind kind,
            @NotBlank @Size(max = 300) @Schema(example = "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hải Dương") String organiser,
            @NotNull @Valid ScopeInput scope,
            @NotNull @Schema(example = "2021-01-01") LocalDate startDate,
            @Schema(example = "2025-12-31") LocalDate endDate,
            @Size(max = 4000) String description,
            @Size(min = 1, max = 1000) @Schema(description = "Why contributors' names and amounts are recorded (Law 91/2025/QH15). With legalBasis "
                    + "and notice, required before contributions dated from 2026-01-01 are recorded",
                    example = "Ghi nhận và công khai đóng góp của nhân dân cho xây dựng nông thôn mới") String purpose,
            @Size(min = 1, max = 1000) @Schema(example = "Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15; Quy chế công khai đóng góp của Ủy ban MTTQ") String legalBasis,
            @Size(min = 1, max = 10000) @Schema(description = "The notice given to contributors, in Vietnamese",
                    example = "Tên và mức đóng góp của ông/bà được ghi nhận để công khai tại nhà văn hóa thôn và trên cổng thông tin của xã.") String notice) {
    }

    @Schema(name = "CampaignScopeInput", description = "PROVINCE with provinceCode, or COMMUNES with communeCodes (GSO codes, checked against communes-service on startDate).")
    public record ScopeInput(
            @NotNull ScopeType type,
            @Pattern(regexp = "[0-9]{2}", message = "must be a 2-digit GSO province code") @Schema(example = "30") String provinceCode,
            @Size(max = 500) List<@NotNull @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") String> communeCodes) {
    }

    @Schema(name = "CampaignView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CampaignView(
            UUID id, String name, CampaignKind kind, String organiser, ScopeView scope,
            LocalDate startDate, LocalDate endDate, String description, String purpose, String legalBasis, String notice,
            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {
    }

    @Schema(name = "CampaignScopeView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScopeView(ScopeType type, String provinceCode, List<CommuneView> communes) {
    }

    @Schema(name = "CampaignCommuneView")
    public record CommuneView(@Schema(example = "10894") String code, @Schema(example = "Xã Cẩm Hưng") String name,
                              @Schema(example = "30") String provinceCode) {
    }

    @Schema(name = "CampaignActivityRequest", description = "An activity carried out under the campaign, within its period and scope.")
    public record CampaignActivityRequest(
            @NotBlank @Size(max = 300) @Schema(example = "Ra quân làm đường giao thông nông thôn thôn Đông") String title,
            @Size(max = 4000) String description,
            @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") @Schema(example = "10894") String communeCode,
            @Size(max = 300) @Schema(example = "Nhà văn hóa thôn Đông") String place,
            @NotNull @Schema(example = "2024-03-26") LocalDate startDate,
            LocalDate endDate,
            @Min(0) @Max(10_000_000) @Schema(example = "320") Integer participants) {
    }

    @Schema(name = "CampaignActivityView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CampaignActivityView(UUID id, UUID campaignId, String title, String description, String communeCode,
                               String communeName, String provinceCode, String place, LocalDate startDate,
                               LocalDate endDate, Integer participants, Instant recordedAt, String recordedBy) {
    }
}
