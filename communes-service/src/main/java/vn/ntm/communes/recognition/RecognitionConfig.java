package vn.ntm.communes.recognition;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Rules of the registry that officials may need to change, each with its source. */
@ConfigMapping(prefix = "ntm.communes.recognition")
public interface RecognitionConfig {

    /**
     * A model commune must already be advanced (QĐ 319/QĐ-TTg, condition 1): recording MODEL needs an ADVANCED
     * recognition of the same commune in force on the model decision's date.
     */
    @WithDefault("true")
    boolean modelRequiresAdvanced();

    /**
     * How many years the recognition year may lie before the decision's year. [I] Practice: the cohort of year N is
     * decided up to the spring of N+1 (Hải Dương's "2024" cohort was signed in April 2025).
     */
    @WithDefault("1")
    int maxYearsBeforeDecision();

    /** Most rows one CSV or Excel export may hold; narrow the filters beyond that. */
    @WithDefault("20000")
    int exportMaxRows();
}
