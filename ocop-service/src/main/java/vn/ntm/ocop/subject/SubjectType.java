package vn.ntm.ocop.subject;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kinds of OCOP subject (chủ thể OCOP), as the programme's statistics count them. */
@Schema(name = "OcopSubjectType")
public enum SubjectType {
    /** Hợp tác xã. */
    COOPERATIVE,
    /** Doanh nghiệp (mostly small enterprises). */
    ENTERPRISE,
    /** Cơ sở sản xuất / hộ kinh doanh (registered household business). */
    HOUSEHOLD_BUSINESS,
    /** Tổ hợp tác. */
    COOPERATIVE_GROUP
}
