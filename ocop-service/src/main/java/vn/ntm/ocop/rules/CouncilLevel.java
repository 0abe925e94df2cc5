package vn.ntm.ocop.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The level of the council that scores a product. What each may certify depends on the rule version in force. */
@Schema(name = "OcopCouncilLevel")
public enum CouncilLevel {
    /** Commune People's Committee pre-check (QĐ 1489/QĐ-TTg, from 06/07/2025): proposes, certifies nothing. */
    COMMUNE_PRECHECK,
    /** District council (QĐ 1048 and QĐ 148); abolished from 06/07/2025. */
    DISTRICT,
    PROVINCE,
    /** The central council of the Ministry: the only one that certifies 5 stars. */
    CENTRAL
}
