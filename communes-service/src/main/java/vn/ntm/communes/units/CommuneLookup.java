package vn.ntm.communes.units;

import java.time.LocalDate;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;

/** Resolves a code on a date for the HTTP resources, with a 404 that says what the code means at other dates. */
@jakarta.enterprise.context.ApplicationScoped
public class CommuneLookup {

    private final UnitDirectory directory;
    private final UnitRepository units;
    private final Today today;

    CommuneLookup(UnitDirectory directory, UnitRepository units, Today today) {
        this.directory = directory;
        this.units = units;
        this.today = today;
    }

    /** The unit carrying {@code code} on {@code asOf} (default today), or the last one that carried it before. */
    public UnitRef require(String code, LocalDate asOf) {
        LocalDate date = today.orToday(asOf);
        return directory.communeByCode(code, date).orElseThrow(() -> {
            String later = units.firstAfter(code, date)
                    .map(u -> " From " + u.validFrom() + " the code is " + u.name() + " (" + u.provinceName() + ").")
                    .orElse("");
            return new ApiException(ProblemType.NOT_FOUND, "No commune-level unit carried code " + code + " on or before " + date + "." + later);
        });
    }
}
