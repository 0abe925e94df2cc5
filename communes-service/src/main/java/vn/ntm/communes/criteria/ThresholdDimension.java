package vn.ntm.communes.criteria;

/**
 * What the {@code scope} of a threshold means: the 7 socio-economic regions of QĐ 318/QĐ-TTg (2021–2025) or the
 * 3 commune groups (nhóm xã) of QĐ 51/2025/QĐ-TTg (2026–2030).
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CriteriaThresholdDimension")
public enum ThresholdDimension {
    REGION, COMMUNE_GROUP
}
