package vn.ntm.ocop.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a decided evaluation came to. */
@Schema(name = "OcopRatingOutcome")
public enum RatingOutcome {
    /** The council certified the awarded stars: a certificate is issued. */
    CERTIFIED,
    /** The council certifies nothing (commune pre-check, or district under QĐ 1048): the result is proposed upward. */
    PROPOSED,
    /** A mandatory criterion was not met, which kept the result below what the points would have earned. */
    MANDATORY_CRITERIA_UNMET,
    /** Under 3 stars: not an OCOP product. */
    NOT_OCOP,
    /** OCOP stars, but below what this council certifies (e.g. 3 stars at a province council under QĐ 148). */
    BELOW_COUNCIL_RANGE
}
