package vn.ntm.communes.criteria;

/** How an indicator (chỉ tiêu) is measured and evaluated. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CriteriaIndicatorType")
public enum IndicatorType {
    /** A number compared with a threshold that may depend on the region (or commune group) and the year. */
    NUMERIC,
    /** Đạt / không đạt, backed by evidence documents. */
    PASS_FAIL,
    /** Derived from the recognition registry: the commune must already hold a recognition (QĐ 319 condition 1). */
    RECOGNITION,
    /** One value out of a list the province defines (the model commune's outstanding field, QĐ 319 condition 4). */
    CHOICE
}
