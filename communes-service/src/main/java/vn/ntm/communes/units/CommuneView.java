package vn.ntm.communes.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One commune-level unit on a date, with its lineage and the level it holds. */
@Schema(name = "CommunesCommune", description = "A commune-level unit (identity: code + validity) with lineage and recognition level.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommuneView(
        @Schema(example = "10657") String code,
        @Schema(example = "Xã Đồng Lạc") String name,
        @Schema(example = "XA") UnitType type,
        @Schema(example = "30") String provinceCode,
        @Schema(example = "Tỉnh Hải Dương") String provinceName,
        @Schema(description = "Region (vùng) of Decision 318/QĐ-TTg whose thresholds apply.", example = "DONG_BANG_SONG_HONG") String region,
        @Schema(example = "Đồng bằng sông Hồng") String regionName,
        @Schema(description = "Before 1 July 2025 only (no district level after it).", example = "291") String districtCode,
        @Schema(example = "Huyện Nam Sách") String districtName,
        @Schema(example = "2010-06-04") LocalDate validFrom,
        @Schema(description = "Last day of the unit; absent while it exists.", example = "2025-06-30") LocalDate validTo,
        @Schema(description = "ACTIVE when the unit exists on asOf, ENDED when it ended before.", example = "ENDED",
                enumeration = {"ACTIVE", "ENDED"}) String status,
        @Schema(description = "The date the code was read on.", example = "2026-01-15") LocalDate asOf,
        List<LinkedUnit> predecessors,
        List<LinkedUnit> successors,
        @Schema(description = "Level held on asOf (for an ended unit: on its last day).") LevelStatus recognition,
        @Schema(description = "2026–2030: the commune group (nhóm xã, QĐ 51/2025/QĐ-TTg) in force on asOf, with its basis; absent when "
                + "none is set (history: GET /api/v1/communes/{code}/groups).") vn.ntm.communes.groups.GroupApi.GroupView communeGroup) {

    public static final String ACTIVE = "ACTIVE";
    public static final String ENDED = "ENDED";

    /** A unit on the other side of a merge, split or rename. */
    @Schema(name = "CommunesLinkedUnit")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LinkedUnit(
            @Schema(example = "10606") String code,
            @Schema(example = "Xã Nam Sách") String name,
            @Schema(example = "XA") UnitType type,
            @Schema(example = "31") String provinceCode,
            @Schema(example = "Thành phố Hải Phòng") String provinceName,
            @Schema(example = "2025-07-01") LocalDate validFrom,
            LocalDate validTo,
            @Schema(description = "FULL: the whole unit; PARTIAL: one piece of a split.", example = "FULL") String kind,
            @Schema(example = "2025-07-01") LocalDate effectiveDate) {
    }
}
