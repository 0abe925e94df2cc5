package vn.ntm.ocop.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bean Validation's clock (for {@code @PastOrPresent} on decision, evaluation and revocation dates) in the same
 * calendar as {@link OcopClock}: a decision signed this morning in Hà Nội is not "in the future" because the server
 * runs on UTC. Read from the raw configuration because validators are initialised before config mappings exist.
 */
@ApplicationScoped
public class LegalClockProvider implements ClockProvider {

    @Override
    public Clock getClock() {
        String zone = ConfigProvider.getConfig().getOptionalValue("ocop.time-zone", String.class).orElse(OcopConfig.DEFAULT_TIME_ZONE);
        return Clock.system(ZoneId.of(zone));
    }
}
