package vn.ntm.campaign.datasubject;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;

/**
 * The time limits of data-subject requests. Decree 356/2025/NĐ-CP (in force 01/01/2026, replacing Decree 13/2023) sets
 * them; its text was not readable here, so the defaults follow what law firms report of it [R]: an answer within two
 * working days of receipt, and the request carried out within ten to twenty days (fifteen for ceasing processing).
 */
@ConfigMapping(prefix = "ntm.campaign.data-subject")
public interface DataSubjectSettings {

    /** Working days (Monday to Friday; public holidays are not modelled) within which the requester gets a first answer. */
    @WithDefault("2")
    @Min(0)
    @Max(30)
    int acknowledgeWorkingDays();

    /** Days from receipt within which each kind of request must be carried out (ACCESS, CORRECTION, WITHDRAWAL, UNLINK). */
    Map<RequestKind, Integer> completeWithinDays();

    /** Where the limits come from, shown with every request. */
    @NotBlank
    String basis();
}
