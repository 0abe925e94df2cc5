package vn.ntm.communes.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/**
 * The level a unit holds on a date and where it comes from.
 *
 * @param level               highest level held, or {@code null}
 * @param basis               OWN (its own recognition), PREDECESSORS (a merged unit, by the rule for merged communes) or NONE
 * @param reappraisalRequired a merged unit whose predecessors did not all hold a level under the same criteria set
 * @param derivedFrom         for a merged unit: what each predecessor held on its last day
 */
@Schema(name = "CommunesLevelStatus", description = "Recognition level a commune holds on the asked date, and its basis.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LevelStatus(
        @Schema(example = "MODEL") Level level,
        @Schema(example = "OWN", enumeration = {"OWN", "PREDECESSORS", "NONE"}) String basis,
        @Schema(example = "QD319-2022-MODEL") String criteriaSetCode,
        @Schema(description = "Decision date of the recognition the level rests on (OWN).", example = "2025-04-25") LocalDate since,
        @Schema(example = "false") boolean reappraisalRequired,
        List<Source> derivedFrom) {

    public static final String OWN = "OWN";
    public static final String PREDECESSORS = "PREDECESSORS";
    public static final String NONE = "NONE";

    public static LevelStatus none() {
        return new LevelStatus(null, NONE, null, null, false, null);
    }

    /** What one predecessor held on its last day. */
    @Schema(name = "CommunesLevelSource")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(
            @Schema(example = "10657") String communeCode,
            @Schema(example = "Xã Đồng Lạc") String communeName,
            @Schema(example = "2025-06-30") LocalDate validTo,
            @Schema(example = "MODEL") Level level,
            @Schema(example = "QD319-2022-MODEL") String criteriaSetCode,
            UUID recognitionId) {
    }
}
