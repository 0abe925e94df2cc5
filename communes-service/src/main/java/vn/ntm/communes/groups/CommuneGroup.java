package vn.ntm.communes.groups;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The commune groups of QĐ 51/2025/QĐ-TTg, Appendix I: group 1 next to an urban area and oriented to become urban,
 * or agriculture under 10% of the local economy, or planned as a new urban area; group 3 the zone II and III
 * communes of ethnic-minority and mountain areas; group 2 all the others. The names are the threshold scopes of the
 * 2026–2030 sets.
 */
@Schema(name = "CommunesCommuneGroup")
public enum CommuneGroup {
    GROUP_1, GROUP_2, GROUP_3
}
