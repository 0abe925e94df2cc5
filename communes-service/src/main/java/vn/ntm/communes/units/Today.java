package vn.ntm.communes.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Today's date on the legal calendar, the default of every {@code asOf}. The service's {@link Clock} is produced here
 * in the same zone, so a step recorded at 06:30 in Hà Nội (23:30 UTC the day before) is dated today, not yesterday, and
 * a date the user gives as today is never "in the future" because the server runs on UTC.
 */
@ApplicationScoped
public class Today {

    private final UnitsConfig config;

    Today(UnitsConfig config) {
        this.config = config;
    }

    public LocalDate date() {
        return LocalDate.now(config.zone());
    }

    /** {@code asOf} when given, else today. */
    public LocalDate orToday(LocalDate asOf) {
        return asOf != null ? asOf : date();
    }

    /** The clock every service reads: instants are zone-free, dates derived from it are Vietnam's. */
    @Produces
    @ApplicationScoped
    Clock legalClock() {
        return Clock.system(config.zone());
    }
}
