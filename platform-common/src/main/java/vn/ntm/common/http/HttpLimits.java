package vn.ntm.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what a caller may send. Keep {@code quarkus.http.limits.max-body-size} at or above this value. */
@ConfigMapping(prefix = "ntm.http")
public interface HttpLimits {

    /** Largest request body accepted; larger bodies get a 413 problem before they are read. */
    @WithDefault("2M")
    MemorySize maxBodySize();
}
