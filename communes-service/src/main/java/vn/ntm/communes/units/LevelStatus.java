package vn.ntm.communes.units;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/**
 * The level a unit holds on a date and where it comes from. A unit holds a level only by its own decision: a
 * recognition, or for a merged unit an acknowledgement (thừa nhận). Until then a merged unit holds none, and
 * {@code acknowledgement} says whether it is eligible and why.
 *
 * @param level               highest level held by its own decision, or {@code null}
 * @param basis               OWN (its own decision) or NONE. PREDECESSORS is no longer produced (issue 16): a merged unit
 *                            inherits nothing
 * @param kind                for OWN: RECOGNITION or ACKNOWLEDGEMENT
 * @param reappraisalRequired a merged unit without its own decision whose merge is mixed or partial
 * @param derivedFrom         for a merged unit: what each predecessor held on its last day (their history, not this unit's level)
 */
@Schema(name = "CommunesLevelStatus", description = "Recognition level a commune holds on the asked date by its own decision, and its basis.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LevelStatus(
        @Schema(example = "ADVANCED") Level level,
        @Schema(example = "OWN", enumeration = {"OWN", "NONE"}) String basis,
        @Schema(example = "QD318-ADVANCED-2021-2025") String criteriaSetCode,
        @Schema(description = "Decision date of the recognition the level rests on (OWN).", example = "2025-12-15") LocalDate since,
        @Schema(example = "false") boolean reappraisalRequired,
        @Schema(description = "Kind of the decision the level rests on (OWN).", example = "ACKNOWLEDGEMENT",
                enumeration = {"RECOGNITION", "ACKNOWLEDGEMENT"}) String kind,
        @Schema(description = "For a merged unit: what each predecessor held on its last day. History of the predecessors; "
                + "it gives this unit no level.") List<Source> derivedFrom,
        @Schema(description = "For a merged unit without its own decision: whether it may be acknowledged, and why. "
                + "Details: GET /api/v1/communes/{code}/acknowledgement-eligibility.") Eligibility acknowledgement) {

    public static final String OWN = "OWN";
    public static final String NONE = "NONE";

    public static LevelStatus none() {
        return new LevelStatus(null, NONE, null, null, false, null, null, null);
    }

    /** What one predecessor held on its last day. */
    @Schema(name = "CommunesLevelSource")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Source(
            @Schema(example = "10618") String communeCode,
            @Schema(example = "Xã Hiệp Cát") String communeName,
            @Schema(example = "2025-06-30") LocalDate validTo,
            @Schema(example = "ADVANCED") Level level,
            @Schema(example = "QD318-ADVANCED-2021-2025") String criteriaSetCode,
            UUID recognitionId) {
    }

    /** Summary of the acknowledgement eligibility of a merged unit. */
    @Schema(name = "CommunesEligibilitySummary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Eligibility(
            @Schema(example = "true") boolean eligible,
            @Schema(description = "Highest level open to acknowledgement.", example = "MODEL") Level eligibleLevel,
            @Schema(example = "QD319-MODEL-2021-2025") String criteriaSetCode,
            @Schema(example = "FULL", enumeration = {"FULL", "PARTIAL"}) String merge,
            @Schema(example = "UNIFORM", enumeration = {"UNIFORM", "MIXED", "NONE"}) String composition,
            @Schema(description = "Reason codes; the eligibility resource spells them out.", example = "[\"ALL_HELD_THE_LEVEL\"]")
            List<String> reasons) {
    }
}
