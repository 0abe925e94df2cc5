package vn.ntm.communes.targets;

/**
 * What makes a recognition count for a year. Vietnamese reports count by recognition year (năm đạt chuẩn), which often
 * differs from the decision date: Hải Dương's "2024" cohort was signed in April 2025.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CommunesProgressBasis")
public enum Basis {
    /** Recognition year up to the year, decided by asOf, in force on asOf. */
    RECOGNITION_YEAR,
    /** Decided by the end of the year (or asOf if earlier) and in force on that date. */
    DECISION_DATE
}
