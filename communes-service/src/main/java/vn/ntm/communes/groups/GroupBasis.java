package vn.ntm.communes.groups;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The decision or fact that places a commune in its group (QĐ 51/2025/QĐ-TTg, Appendix I). */
@Schema(name = "CommunesCommuneGroupBasis")
public enum GroupBasis {
    /** Group 3: zone II or III classification of ethnic-minority and mountain areas by the competent authority. */
    ETHNIC_MOUNTAIN_ZONE,
    /** Group 1: next to an existing urban area and oriented to become urban. */
    URBAN_ADJACENT,
    /** Group 1: agriculture under 10% of the local economy. */
    AGRICULTURE_SHARE,
    /** Group 1: planned as a new urban area. */
    NEW_URBAN_PLANNING,
    /** Group 2: none of the above applies. */
    NONE_OF_THE_ABOVE
}
