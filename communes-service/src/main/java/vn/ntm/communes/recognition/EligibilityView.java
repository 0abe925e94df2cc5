package vn.ntm.communes.recognition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.communes.Level;

/** The acknowledgement eligibility of a merged commune: a computed state with its reasons, never a recognition. */
@Schema(name = "CommunesAcknowledgementEligibility",
        description = "Whether a merged commune may be acknowledged (thừa nhận) at a level, from its predecessors' recognitions.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EligibilityView(
        @Schema(example = "10633") String communeCode,
        @Schema(example = "Xã Trần Phú") String communeName,
        @Schema(example = "31") String provinceCode,
        @Schema(example = "Thành phố Hải Phòng") String provinceName,
        @Schema(example = "2025-07-01") LocalDate validFrom,
        @Schema(description = "Highest level the commune holds today by its own decision; absent until acknowledged.", example = "ADVANCED")
        Level currentLevel,
        @Schema(example = "true") boolean eligible,
        @Schema(description = "FULL: every predecessor merged whole; PARTIAL: one was split across several communes.",
                example = "FULL", enumeration = {"FULL", "PARTIAL"}) String merge,
        @Schema(description = "UNIFORM: all held the same level under the same set; MIXED: different levels, sets, or some none.",
                example = "UNIFORM", enumeration = {"UNIFORM", "MIXED", "NONE"}) String composition,
        @Schema(description = "Levels open to acknowledgement without an override (empty unless eligible).") List<Option> levels,
        List<Reason> reasons,
        List<Predecessor> predecessors) {

    /** A level open to acknowledgement and the predecessor recognitions it rests on. */
    @Schema(name = "CommunesAcknowledgementOption")
    public record Option(@Schema(example = "ADVANCED") Level level, @Schema(example = "QD318-ADVANCED-2021-2025") String criteriaSetCode,
                         List<UUID> basis) {
    }

    /** Why, in words. */
    @Schema(name = "CommunesEligibilityReason")
    public record Reason(
            @Schema(example = "ALL_HELD_THE_LEVEL", enumeration = {"ALL_HELD_THE_LEVEL", "NOT_A_MERGED_UNIT", "NO_PREDECESSOR_RECOGNITION",
                "PREDECESSOR_WITHOUT_RECOGNITION", "DIFFERENT_LEVELS", "DIFFERENT_CRITERIA_SETS", "PARTIAL_PREDECESSOR"}) String code,
            @Schema(example = "All 3 predecessors held MODEL under QD319-MODEL-2021-2025 on their last day.") String message) {
    }

    /** A predecessor and what it held on its last day (its own records, left unchanged). */
    @Schema(name = "CommunesEligibilityPredecessor")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Predecessor(
            @Schema(example = "10618") String communeCode,
            @Schema(example = "Xã Hiệp Cát") String communeName,
            @Schema(example = "2025-06-30") LocalDate validTo,
            @Schema(example = "FULL", enumeration = {"FULL", "PARTIAL"}) String kind,
            @Schema(description = "For a split predecessor: the other communes that received a part of it.") List<String> otherSuccessors,
            List<Held> recognitions) {
    }

    /** One recognition a predecessor held on its last day. */
    @Schema(name = "CommunesEligibilityRecognition")
    public record Held(UUID id, @Schema(example = "ADVANCED") Level level, @Schema(example = "QD318-ADVANCED-2021-2025") String criteriaSetCode,
                       @Schema(example = "2021") int recognitionYear, @Schema(example = "NC-2021/QĐ-UBND") String decisionNumber,
                       @Schema(example = "2021-12-28") LocalDate decisionDate) {
    }

    static EligibilityView of(vn.ntm.communes.units.UnitRef unit, Level currentLevel, List<AcknowledgementRule.Predecessor> predecessors,
            AcknowledgementRule.Outcome outcome) {
        return new EligibilityView(unit.code(), unit.name(), unit.provinceCode(), unit.provinceName(), unit.validFrom(), currentLevel,
                outcome.eligible(), outcome.merge().name(), outcome.composition().name(),
                outcome.options().stream().map(o -> new Option(o.level(), o.criteriaSetCode(), o.basis())).toList(),
                outcome.reasons().stream().map(r -> new Reason(r.code(), r.message())).toList(),
                predecessors.stream().map(p -> new Predecessor(p.code(), p.name(), p.validTo(), p.partial() ? "PARTIAL" : "FULL",
                        p.otherSuccessors().isEmpty() ? null : p.otherSuccessors().stream().map(u -> u.name() + " (" + u.code() + ")").toList(),
                        p.held().stream().map(h -> new Held(h.recognitionId(), h.level(), h.criteriaSetCode(), h.recognitionYear(),
                                h.decisionNumber(), h.decisionDate())).toList())).toList());
    }
}
