package vn.ntm.communes.units;

import java.time.LocalDate;

/**
 * A commune-level unit as other features of this service see it. A GSO code is not an identity on its own
 * (codes were reused after the 2025 reform): {@code id} is.
 *
 * @param validTo last day the unit existed, or {@code null} while it exists
 */
public record UnitRef(long id, String code, String name, UnitType type, String provinceCode, String provinceName,
                      String region, LocalDate validFrom, LocalDate validTo) {

    public boolean existsOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
