package vn.ntm.campaign.communes;

/**
 * A commune-level unit as communes-service answered for a date: its code, official name, unit type
 * ({@code XA}, {@code PHUONG}, {@code THI_TRAN}, {@code DAC_KHU}) and the province it belonged to.
 */
public record Commune(String code, String name, String type, String provinceCode) {

    public static final String RURAL_COMMUNE = "XA";

    public boolean isRuralCommune() {
        return RURAL_COMMUNE.equals(type);
    }
}
