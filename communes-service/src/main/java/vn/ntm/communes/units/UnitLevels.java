package vn.ntm.communes.units;

import java.time.LocalDate;

/** The recognition level a unit holds on a date, supplied by the recognition feature for the unit views. */
public interface UnitLevels {

    LevelStatus of(UnitRef unit, LocalDate asOf);
}
