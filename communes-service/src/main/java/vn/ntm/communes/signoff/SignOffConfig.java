package vn.ntm.communes.signoff;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the sign-off per criterion. */
@ConfigMapping(prefix = "ntm.sign-off")
public interface SignOffConfig {

    /**
     * The department that answers for a criterion whose set names no responsible sector: the one that receives the
     * dossiers and leads the appraisal.
     */
    @WithDefault("AGRICULTURE")
    String defaultSector();

    @WithDefault("Domain reference B.3: the provincial People's Committee assigns the Department of Agriculture (from 2025 Agriculture "
            + "and Environment) to receive dossiers and lead the appraisal [V]")
    String defaultSectorSource();
}
