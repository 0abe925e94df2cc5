package vn.ntm.ocop.certificate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why a certificate was revoked (thu hồi), from the cases reported under QĐ 148/QĐ-TTg (domain reference C.6:
 * Đồng Tháp, Hà Tĩnh). Provinces may add cases in their OCOP management rules; OTHER takes them with the text.
 */
@Schema(name = "OcopRevocationReason")
public enum RevocationReason {
    /** The 36 months ended without re-evaluation. */
    NOT_RE_EVALUATED,
    /** The product no longer meets the mandatory criteria of its star level. */
    MANDATORY_CRITERIA_UNMET,
    /** Production does not follow the declared process. */
    PROCESS_NOT_FOLLOWED,
    /** Food-safety breach. */
    FOOD_SAFETY_VIOLATION,
    /** Quality or packaging changed from what was certified. */
    QUALITY_OR_PACKAGING_CHANGED,
    /** Production suspended or the subject ceased trading. */
    PRODUCTION_SUSPENDED,
    OTHER
}
