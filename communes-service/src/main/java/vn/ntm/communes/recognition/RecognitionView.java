package vn.ntm.communes.recognition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/** A recognition as the API shows it, with the unit that earned it. */
@Schema(name = "CommunesRecognition", description = "A recognition of a commune, in force or revoked.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecognitionView(
        UUID id,
        @Schema(example = "10657") String communeCode,
        @Schema(example = "Xã Đồng Lạc") String communeName,
        @Schema(description = "Validity of the unit that earned the recognition (codes are reused after 2025).", example = "2010-06-04")
        LocalDate communeValidFrom,
        @Schema(example = "2025-06-30") LocalDate communeValidTo,
        @Schema(example = "30") String provinceCode,
        @Schema(example = "Tỉnh Hải Dương") String provinceName,
        @Schema(example = "MODEL") Level level,
        @Schema(example = "QD319-MODEL-2021-2025") String criteriaSetCode,
        @Schema(example = "2024") int recognitionYear,
        @Schema(example = "1143/QĐ-UBND") String decisionNumber,
        @Schema(example = "2025-04-29") LocalDate decisionDate,
        @Schema(example = "Chủ tịch UBND tỉnh Hải Dương") String signer,
        @Schema(example = "CULTURE") String outstandingField,
        @Schema(description = "The certification dossier it came from, when decided on the platform.") UUID dossierId,
        String note,
        @Schema(example = "IN_FORCE", enumeration = {"IN_FORCE", "REVOKED"}) String status,
        Revocation revocation,
        @Schema(description = "The authenticated official who recorded it (token subject); `system` for reference data.",
                example = "officer.haiduong") String recordedBy,
        Instant recordedAt,
        @Schema(description = "RECOGNITION, or ACKNOWLEDGEMENT: a merged commune acknowledged (thừa nhận) by its own decision.",
                example = "RECOGNITION", enumeration = {"RECOGNITION", "ACKNOWLEDGEMENT"}) String kind,
        @Schema(description = "ACKNOWLEDGEMENT only: the predecessors' recognitions it rests on (left unchanged).")
        java.util.List<UUID> acknowledges,
        @Schema(description = "ACKNOWLEDGEMENT only: why a province officer acknowledged a unit that was not eligible.",
                example = "Hội đồng thẩm định tỉnh đã rà soát toàn bộ 19 tiêu chí trên địa bàn xã mới") String overrideReason) {

    /** The revocation of a recognition. */
    @Schema(name = "CommunesRevocation")
    public record Revocation(
            @Schema(example = "2210/QĐ-UBND") String decisionNumber,
            @Schema(example = "2025-06-20") LocalDate decisionDate,
            String reason,
            @Schema(description = "The authenticated official who recorded the revocation (token subject).", example = "officer.haiduong")
            String recordedBy,
            Instant recordedAt) {
    }
}
