package vn.ntm.communes.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of units plus {@code meta}: the date the units were read on and, when a province filter named a province that
 * has ended, that it ended and which province succeeded it.
 */
@Schema(name = "CommunesCommuneListing")
public record CommuneListing(List<CommuneSummary> items, int page, int size, long totalItems, Meta meta) {

    /** How the listing was read. */
    @Schema(name = "CommunesCommuneListingMeta")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Meta(
            @Schema(description = "The date the units were read on: asOf (default today), or the last day of an ended province.",
                    example = "2025-06-30") LocalDate asOf,
            @Schema(description = "The province of the filter, in the period read.") ProvinceRef province,
            @Schema(description = "True when the province had ended before the asked date.", example = "true") Boolean provinceEnded,
            @Schema(description = "Provinces that took over an ended province's units.") List<ProvinceRef> successors,
            @Schema(example = "Tỉnh Hải Dương (30) ended on 2025-06-30; these are its units on that day. From 2025-07-01 they belong to Thành phố Hải Phòng (31).")
            String note) {
    }
}
