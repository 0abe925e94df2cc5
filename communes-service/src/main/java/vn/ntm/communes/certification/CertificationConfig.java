package vn.ntm.communes.certification;

import io.smallrye.config.ConfigMapping;
import java.time.LocalDate;
import java.util.Map;

/** Settings of the certification workflow, each with its source. The survey rule lives in the procedure versions (issue 17). */
@ConfigMapping(prefix = "ntm.certification")
public interface CertificationConfig {

    /** First day on which no step may be taken for the DISTRICT tier. */
    LocalDate districtTierEnds();

    String districtTierSource();

    /** Pass rules of the two votes, by step (COMMUNE_VOTE, COUNCIL_VOTE). */
    Map<String, Vote> votes();

    Ocop ocop();

    /** The criteria-set code a MODEL commune's ADVANCED recognition must have been earned under (QĐ 319, condition 1). */
    String modelPrerequisiteSetCode();

    /** Passes when votesFor / (votesFor + votesAgainst) reaches numerator / denominator (strictly above when strict). */
    interface Vote {
        int numerator();

        int denominator();

        boolean strict();

        String source();
    }

    interface Ocop {
        /** The outstanding field whose model communes need an OCOP product. */
        String field();

        int minStars();

        String source();
    }
}
