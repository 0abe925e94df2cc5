package vn.ntm.communes.units;

/** Commune-level unit types of the GSO lists. Only {@link #XA} communes are in the NTM programme. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CommunesUnitType")
public enum UnitType {
    /** Xã (rural commune). */
    XA,
    /** Phường (ward). */
    PHUONG,
    /** Thị trấn (township), until 1 July 2025. */
    THI_TRAN,
    /** Đặc khu (special zone), from 1 July 2025. */
    DAC_KHU
}
