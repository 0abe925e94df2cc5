package vn.ntm.communes.units;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A province in one period of the administrative map (codes were reused in 2025: 24 was Bắc Giang, is now Bắc Ninh).
 *
 * @param id     database id: internal, never shown (provinces are known by GSO code and validity)
 * @param region region code, {@code null} for a post-reform province whose predecessors lie in different regions
 */
@Schema(name = "CommunesProvinceRef", description = "A province in one period of the administrative map.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProvinceRef(
        @JsonIgnore @Schema(hidden = true) long id,
        @Schema(example = "30") String code,
        @Schema(example = "Tỉnh Hải Dương") String name,
        @Schema(example = "DONG_BANG_SONG_HONG") String region,
        @Schema(example = "Đồng bằng sông Hồng") String regionName,
        @Schema(example = "2010-06-04") LocalDate validFrom,
        @Schema(example = "2025-06-30") LocalDate validTo) {

    public boolean existsOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** The day its units are read on for {@code asOf}: {@code asOf} itself, or its last day if it ended before. */
    public LocalDate unitsDate(LocalDate asOf) {
        return validTo != null && asOf.isAfter(validTo) ? validTo : asOf;
    }
}
