package vn.ntm.ocop.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a council level may do under a rule version.
 *
 * @param allowed           false when the level does not exist under the version (e.g. DISTRICT after 1489)
 * @param minCertifiedStars lowest star level it certifies, {@code null} when it certifies nothing
 * @param maxCertifiedStars highest star level it certifies; a better result is proposed to the next level
 */
@Schema(name = "OcopCouncilPower")
public record CouncilPower(CouncilLevel level, boolean allowed, Integer minCertifiedStars, Integer maxCertifiedStars,
                           String roleDescription, String legalSource) {

    public boolean certifies() {
        return allowed && maxCertifiedStars != null;
    }
}
