package vn.ntm.communes.units.imports;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.units.UnitType;

/** The unit types as the GSO lists write them ("Xã", "Phường", "Thị trấn", "Đặc khu"), or as enum values. */
final class UnitTypeLabels {

    private static final Map<String, UnitType> LABELS = Map.of(
            "xa", UnitType.XA,
            "phuong", UnitType.PHUONG,
            "thi tran", UnitType.THI_TRAN,
            "dac khu", UnitType.DAC_KHU);

    private UnitTypeLabels() {
    }

    static Optional<UnitType> parse(String label) {
        String folded = VietnameseText.fold(label);
        UnitType type = LABELS.get(folded);
        if (type != null) {
            return Optional.of(type);
        }
        return Arrays.stream(UnitType.values()).filter(t -> t.name().equalsIgnoreCase(label.strip())).findFirst();
    }
}
