package vn.ntm.communes.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province on a date with its lineage and its units by type. */
@Schema(name = "CommunesProvince", description = "A province in one period of the administrative map, with its lineage and units.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvinceView(
        @Schema(example = "30") String code,
        @Schema(example = "Tỉnh Hải Dương") String name,
        @Schema(description = "Region (vùng); absent for a post-reform province whose predecessors lie in different regions (see regions).",
                example = "DONG_BANG_SONG_HONG") String region,
        @Schema(example = "Đồng bằng sông Hồng") String regionName,
        @Schema(description = "Every region the province's units lie in.", example = "[\"DONG_BANG_SONG_HONG\"]") List<String> regions,
        @Schema(example = "2010-06-04") LocalDate validFrom,
        @Schema(example = "2025-06-30") LocalDate validTo,
        @Schema(example = "ENDED", enumeration = {"ACTIVE", "ENDED"}) String status,
        @Schema(example = "2026-01-15") LocalDate asOf,
        @Schema(description = "Date the unit counts are taken on: asOf, or the last day of an ended province.", example = "2025-06-30")
        LocalDate unitsDate,
        @Schema(description = "Units by type on unitsDate.", example = "{\"XA\": 151, \"PHUONG\": 46, \"THI_TRAN\": 10}")
        Map<UnitType, Long> units,
        List<ProvinceRef> predecessors,
        List<ProvinceRef> successors) {
}
