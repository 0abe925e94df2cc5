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
     * Read every request body (up to {@link #maxBodySize()}) before routing it, not only chunked ones. On for the
     * gateway: a body it forwards is then complete and has a length, so a service never refuses it mid-upload and
     * an idempotent request can be sent again on a fresh connection.
     */
    @WithDefault("false")
    boolean bufferBodies();
}
