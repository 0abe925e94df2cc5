package vn.ntm.ocop.subject;

/** Kinds of OCOP subject (chủ thể OCOP), as the programme's statistics count them. */
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
