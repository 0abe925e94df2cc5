package vn.ntm.communes;

/** The three recognition levels of the 2021–2025 programme (Decision 318/QĐ-TTg, 319/QĐ-TTg). */
public enum Level {
    /** Xã đạt chuẩn nông thôn mới. */
    NTM,
    /** Xã đạt chuẩn nông thôn mới nâng cao. */
    ADVANCED,
    /** Xã đạt chuẩn nông thôn mới kiểu mẫu. */
    MODEL
}
