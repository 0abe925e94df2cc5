package vn.ntm.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three recognition levels of the 2021–2025 programme (Decisions 318/QĐ-TTg and 319/QĐ-TTg). */
@Schema(name = "SurveyLevel", description = "Recognition level: NTM, ADVANCED (nâng cao) or MODEL (kiểu mẫu)")
public enum Level {
    /** Xã đạt chuẩn nông thôn mới. */
    NTM,
    /** Xã đạt chuẩn nông thôn mới nâng cao. */
    ADVANCED,
    /** Xã đạt chuẩn nông thôn mới kiểu mẫu. */
    MODEL
}
