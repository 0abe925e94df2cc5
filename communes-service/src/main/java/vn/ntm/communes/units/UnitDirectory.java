package vn.ntm.communes.units;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Read access to commune-level units for the other features of this service (implemented by the units feature). */
public interface UnitDirectory {

    /**
     * The unit carrying {@code code} on {@code asOf}; when no unit carries it on that date, the most recent unit that
     * carried it before (ended), so that callers can follow its successors.
     */
    Optional<UnitRef> communeByCode(String code, LocalDate asOf);

    Optional<UnitRef> communeById(long id);

    /** Units this one merged or was split into, with the date they started. */
    List<UnitRef> successors(long unitId);

    /** Units that merged into this one. */
    List<UnitRef> predecessors(long unitId);
}
