package vn.ntm.campaign.contributions;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.common.paging.PageResponse;

/** The JSON payloads of the contributions feature. */
public final class ContributionApi {

    private ContributionApi() {
    }

    @Schema(name = "ContributionRequest", description = "One contribution. Send exactly the quantity of its kind: amountVnd (MONEY), "
            + "landAreaM2 (LAND), workingDays (LABOUR) or materials (MATERIALS).")
    public record ContributionRequest(
            @NotNull @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") @Schema(example = "10894") String communeCode,
            @NotNull ContributionKind kind,
            @NotNull @Schema(example = "2024-04-12") LocalDate contributedOn,
            @NotBlank @Size(max = 300) @Schema(description = "Who contributed", example = "Nhân dân thôn Đông") String source,
            @Positive @Digits(integer = 17, fraction = 0, message = "must be a whole number of VND (at most 17 digits)") @Schema(example = "350000000") BigDecimal amountVnd,
            @Positive @Digits(integer = 10, fraction = 2, message = "must have at most 2 decimals (and 10 digits before them)") @Schema(example = "125.5") BigDecimal landAreaM2,
            @Positive @Digits(integer = 11, fraction = 1, message = "must have at most 1 decimal (half days)") @Schema(example = "640") BigDecimal workingDays,
            @Valid MaterialsInput materials,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "ContributionMaterials")
    public record MaterialsInput(
            @NotBlank @Size(max = 1000) @Schema(example = "50 cột đèn chiếu sáng năng lượng mặt trời") String description,
            @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 0, message = "must be a whole number of VND (at most 17 digits)") @Schema(example = "175000000") BigDecimal estimatedValueVnd) {
    }

    @Schema(name = "ContributionView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContributionView(UUID id, UUID campaignId, String communeCode, String communeName, String provinceCode,
                                   ContributionKind kind, LocalDate contributedOn, String source, BigDecimal amountVnd,
                                   BigDecimal landAreaM2, BigDecimal workingDays, MaterialsInput materials, String note,
                                   Instant recordedAt, String recordedBy) {
    }

    @Schema(name = "ContributionTotals", description = "Sums over the matching contributions. totalValueVnd = moneyVnd + materialsValueVnd "
            + "(land and working days are not valued).")
    public record Totals(long contributions, BigDecimal moneyVnd, BigDecimal landAreaM2, BigDecimal workingDays,
                         BigDecimal materialsValueVnd, BigDecimal totalValueVnd) {
    }

    @Schema(name = "ContributionTotalsGroup")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ContributionGroup(@Schema(description = "Commune code, campaign id or province code") String key, String name, Totals totals) {
    }

    @Schema(name = "ContributionTotalsView")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TotalsView(String province, String commune, UUID campaign, LocalDate from, LocalDate to, Totals totals,
                             String groupBy, PageResponse<ContributionGroup> groups) {
    }
}
