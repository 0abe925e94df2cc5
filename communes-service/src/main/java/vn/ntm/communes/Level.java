package vn.ntm.communes;

/**
 * Recognition levels. NTM runs through both periods; ADVANCED and MODEL are the levels of 2021–2025 (Decision
 * 318/QĐ-TTg, 319/QĐ-TTg) and stay valid as history and for the dossiers of that period; MODERN is the pilot of
 * 2026–2030 (QĐ 51/2025/QĐ-TTg, Appendix II). Which period a level belongs to is read from the criteria sets of
 * that level (their periodFrom/periodTo), not from this enum. New constants go at the end: the order is a rank.
 */
public enum Level {
    /** Xã đạt chuẩn nông thôn mới. */
    NTM,
    /** Xã đạt chuẩn nông thôn mới nâng cao (2021–2025). */
    ADVANCED,
    /** Xã đạt chuẩn nông thôn mới kiểu mẫu (2021–2025). */
    MODEL,
    /** Xã nông thôn mới hiện đại (2026–2030 pilot, QĐ 51/2025/QĐ-TTg Phụ lục II). */
    MODERN
}
