package vn.ntm.communes.units;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates that place the official unit lists in time. */
@ConfigMapping(prefix = "ntm.communes.units")
public interface UnitsConfig {

    /**
     * First day given to the units of the pre-reform list. The list carries no creation dates (it is current to
     * 01/03/2025, resolution 1365/NQ-UBTVQH15) and GSO did not reuse codes before 2025, so the units are dated from the
     * start of the NTM programme (QĐ 800/QĐ-TTg of 04/06/2010) so that recognitions of 2010–2025 attach to them.
     */
    @WithDefault("2010-06-04")
    LocalDate preReformValidFrom();

    /** First day of the post-reform units: NQ 202/2025/QH15 and resolutions 1654–1687/NQ-UBTVQH15, in force 01/07/2025. */
    @WithDefault("2025-07-01")
    LocalDate reformDate();

    /** Time zone of the legal calendar: "today" (the default asOf) is the date in Vietnam. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();
}
