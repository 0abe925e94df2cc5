package vn.ntm.gateway;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import vn.ntm.gateway.routing.RouteTable;

/** The gateway's settings (README: settings table). */
@ConfigMapping(prefix = "ntm.gateway")
public interface GatewayConfig {

    /** Base URL of each service by name ({@code communes}, {@code ocop}, {@code campaign}): scheme, host and port. */
    Map<String, URI> upstreams();

    /** Class-path resource of the route table written by the build-time OpenAPI merger. */
    @WithDefault(RouteTable.DEFAULT_RESOURCE)
    String routeFile();

    Proxy proxy();

    Health health();

    RateLimit rateLimit();

    Cache cache();

    /**
     * The shared HTTP cache of public GET answers (RFC 9111): what a service marks {@code public} with a
     * {@code max-age} or {@code s-maxage} is answered by the gateway until it is that old.
     */
    interface Cache {

        @WithDefault("true")
        boolean enabled();

        /** Most answers held at once (least valuable evicted first). */
        @WithDefault("10000")
        long maxEntries();

        /** Most bytes of bodies and headers held at once (within the heap: ./ntm runs the gateway with 128 MB). */
        @WithDefault("16M")
        MemorySize maxBytes();

        /** Larger bodies are passed through without being stored. */
        @WithDefault("256K")
        MemorySize maxEntrySize();
    }

    /** Pass-through of {@code /api/v1/**} to the services. */
    interface Proxy {

        /** Time to open a connection to a service before answering 503. */
        @WithDefault("1s")
        Duration connectTimeout();

        /** Longest silence while waiting for a service's answer (or the next part of it) before answering 503. */
        @WithDefault("30s")
        Duration responseTimeout();

        /** Connections kept per service. */
        @WithDefault("64")
        int maxConnections();

        /** Requests waiting for a connection per service; beyond, the request fails at once with a 503. */
        @WithDefault("512")
        int maxWaitQueue();

        /**
         * After a chunked body passed {@code ntm.http.max-body-size}, how much more of it the gateway reads and drops
         * so that its 413 reaches a caller still sending; beyond, the caller's connection is closed.
         */
        @WithDefault("16M")
        MemorySize maxDrain();
    }

    /** The readiness checks of the services. */
    interface Health {

        /** Time a service has to answer its /q/health/ready. */
        @WithDefault("2s")
        Duration timeout();
    }

    /**
     * Requests per client and period, as token buckets refilled continuously. A client is its {@code X-API-Key} when
     * it sends one, else its address.
     */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Clients that send an API key. */
        Quota apiKey();

        /** Clients without an API key, by address. */
        Quota address();

        /** Most clients tracked at once; the least recently seen are forgotten first. Idle clients are forgotten after their period. */
        @WithDefault("100000")
        long maxClients();
    }

    interface Quota {

        /** Requests allowed per period (also the burst a rested client may send at once). */
        int requests();

        @WithDefault("1M")
        Duration period();
    }
}
