package vn.ntm.common.dbfailure;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the services answer while their database is unreachable. */
@ConfigMapping(prefix = "ntm.database")
public interface DatabaseSettings {

    /**
     * The {@code Retry-After} of a 503 for a lost database. A few seconds: a restart of PostgreSQL takes about that,
     * and clients that honour it do not hammer a server that is coming back.
     */
    @WithDefault("PT2S")
    Duration retryAfter();
}
