package vn.ntm.communes.recognition;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/** The acknowledgement decision (quyết định thừa nhận) of a merged commune, signed by the province. */
@Schema(name = "CommunesAcknowledgementRequest", description = "An acknowledgement decision of a merged commune.")
public record AcknowledgementRequest(
        @Schema(example = "ADVANCED") @NotNull Level level,
        @Schema(description = "Criteria set; by default the one all predecessors held the level under. Required with an override.",
                example = "QD318-ADVANCED-2021-2025") @Size(max = 64) String criteriaSetCode,
        @Schema(description = "Year the acknowledgement counts for in reports.", example = "2025") @NotNull @Min(2010) @Max(2100)
        Integer recognitionYear,
        @Schema(example = "3120/QĐ-UBND") @NotBlank @Size(max = 100) String decisionNumber,
        @Schema(example = "2025-12-15") @NotNull LocalDate decisionDate,
        @Schema(example = "Chủ tịch UBND thành phố Hải Phòng") @NotBlank @Size(max = 200) String signer,
        @Schema(description = "For MODEL only: the outstanding field.", example = "CULTURE")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an UPPER_SNAKE_CASE field code such as CULTURE") String outstandingField,
        @Size(max = 2000) String note,
        @Schema(description = "true to acknowledge a unit that is not eligible (mixed or partial merge); needs overrideReason.",
                example = "false") Boolean override,
        @Schema(description = "Why the province acknowledges a unit that is not eligible; kept with the decision and in the audit.",
                example = "Hội đồng thẩm định thành phố đã rà soát đủ 19 tiêu chí trên toàn địa bàn xã mới")
        @Size(max = 2000) String overrideReason) {

    boolean overriding() {
        return Boolean.TRUE.equals(override);
    }
}
