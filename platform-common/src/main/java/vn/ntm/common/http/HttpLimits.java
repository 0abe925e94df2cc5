package vn.ntm.common.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on what a caller may send, each answered with a problem+json refusal before the request is read further.
 * Netty's own hard limits ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}, set higher
 * in platform-common's microprofile-config.properties) stay above these, because Netty refuses with an empty body.
 */
@ConfigMapping(prefix = "ntm.http")
public interface HttpLimits {

    /** Largest request body accepted, declared or chunked; larger bodies get a 413 problem. */
    @WithDefault("2M")
    MemorySize maxBodySize();

    /** Longest request target (path and query) accepted; longer ones get a 414 problem. */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest sum of header names and values accepted; more gets a 431 problem. */
    @WithDefault("16K")
    MemorySize maxHeaderSize();

    /**
     * Read a chunked body (no {@code Content-Length}) here, up to {@link #maxBodySize()}, before routing it, so that
     * one over the limit is refused before JAX-RS reads and validates it. Off in the gateway: its pass-through must
     * stream bodies to the service, and it counts chunked bodies itself while they stream (gateway
     * {@code LimitedBody}); a body read here would leave the proxy nothing to forward.
     */
    @WithDefault("true")
    boolean readChunkedBodies();
}
