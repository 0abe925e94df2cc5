package vn.ntm.communes.groups;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Payloads of the commune-group endpoints. */
public final class GroupApi {

    private GroupApi() {
    }

    @Schema(name = "CommunesNewCommuneGroup")
    public record NewGroup(
            @NotNull @Schema(example = "GROUP_3") CommuneGroup group,
            @NotNull @Schema(description = "First day the group applies.", example = "2026-02-15") LocalDate validFrom,
            @NotNull @Schema(example = "ETHNIC_MOUNTAIN_ZONE") GroupBasis basis,
            @NotBlank @Size(max = 300) @Schema(description = "The decision or fact that places the commune.",
                    example = "Quyết định phân định xã khu vực III vùng đồng bào dân tộc thiểu số và miền núi (số hiệu do tỉnh nhập)") String basisDocument,
            @NotNull @Schema(example = "2026-01-20") LocalDate basisDate,
            @NotBlank @Size(max = 1000) @Schema(example = "Sở Dân tộc và Tôn giáo tỉnh Điện Biên") String source,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "CommunesCommuneGroupPlacement")
    public record GroupView(
            @Schema(example = "03166") String communeCode,
            @Schema(example = "11") String provinceCode,
            CommuneGroup group,
            @Schema(example = "2026-02-15") LocalDate validFrom,
            @Schema(description = "Day before the next placement; absent while in force.") LocalDate validTo,
            GroupBasis basis,
            String basisDocument,
            LocalDate basisDate,
            String source,
            String note,
            String recordedBy,
            Instant recordedAt) {
    }

    @Schema(name = "CommunesCommuneGroupImportResult")
    public record ImportResult(@Schema(example = "67") int imported) {
    }
}
