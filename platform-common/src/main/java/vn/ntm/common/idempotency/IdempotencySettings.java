package vn.ntm.common.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Idempotency settings (README, settings table). */
@ConfigMapping(prefix = "ntm.idempotency")
public interface IdempotencySettings {

    /** How long a kept answer is replayed. The IETF draft suggests at least 24 hours. */
    @WithDefault("P1D")
    Duration retention();

    /**
     * How long a reservation lives without a heartbeat. While its request runs, the instance holding the key renews
     * it every {@link #heartbeat()}; when the instance dies, the key is free again after at most this long.
     */
    @WithDefault("PT5S")
    Duration lease();

    /** How often the holder of a reservation renews its lease; keep it well below {@link #lease()}. */
    @WithDefault("PT1S")
    Duration heartbeat();

    /**
     * The longest a request may hold a key: past it the heartbeat stops, so a request whose end was never seen (a
     * lost response filter, a stuck thread) cannot hold its key for ever. Longer than the slowest write.
     */
    @WithDefault("PT1M")
    Duration maxHold();
}
