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

/** A recognition decided outside the platform (a paper decision), recorded to bootstrap the registry. */
@Schema(name = "CommunesRecognitionRequest", description = "A recognition decided outside the platform, e.g. from the provincial archive.")
public record RecognitionRequest(
        @Schema(description = "GSO code of the commune as it was on the decision date.", example = "10657")
        @NotBlank @Pattern(regexp = "[0-9]{5}", message = "must be a 5-digit GSO commune code") String communeCode,
        @Schema(example = "MODEL") @NotNull Level level,
        @Schema(description = "Code of the criteria set the commune was recognised under.", example = "QD319-MODEL-2021-2025")
        @NotBlank @Size(max = 64) String criteriaSetCode,
        @Schema(description = "Year the recognition counts for (năm đạt chuẩn); may precede the decision's year.", example = "2024")
        @NotNull @Min(2010) @Max(2100) Integer recognitionYear,
        @Schema(example = "1143/QĐ-UBND") @NotBlank @Size(max = 100) String decisionNumber,
        @Schema(example = "2025-04-29") @NotNull LocalDate decisionDate,
        @Schema(description = "Who signed the decision (office, and name if known).", example = "Chủ tịch UBND tỉnh Hải Dương")
        @NotBlank @Size(max = 200) String signer,
        @Schema(description = "For MODEL only: the outstanding field (lĩnh vực nổi trội).", example = "CULTURE")
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be an UPPER_SNAKE_CASE field code such as CULTURE") String outstandingField,
        @Schema(description = "Free note, e.g. where the paper decision is filed.", example = "Bản sao lưu tại Sở Nông nghiệp và Môi trường")
        @Size(max = 2000) String note) {
}
