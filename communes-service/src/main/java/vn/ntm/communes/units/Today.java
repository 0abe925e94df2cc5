package vn.ntm.communes.units;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Today's date on the legal calendar, the default of every {@code asOf}. */
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
}
