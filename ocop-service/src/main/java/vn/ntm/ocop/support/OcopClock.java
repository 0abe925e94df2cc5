package vn.ntm.ocop.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/** "Today" as the law counts it: the calendar date in the configured zone (Vietnam by default). */
@ApplicationScoped
public class OcopClock {

    @Inject
    OcopConfig config;

    private final Clock clock = Clock.systemUTC();

    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }
}
