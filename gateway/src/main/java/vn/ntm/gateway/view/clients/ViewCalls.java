package vn.ntm.gateway.view.clients;

/**
 * Defaults of the fault tolerance of the view calls. Override per client with the MicroProfile Fault Tolerance keys,
 * e.g. {@code vn.ntm.gateway.view.clients.OcopClient/Timeout/value=500}.
 */
final class ViewCalls {

    /** Each call's budget: all calls of a view run in parallel, so the view answers within about this time. */
    static final long TIMEOUT_MS = 700;
    /** The breaker looks at the last 10 calls of a method... */
    static final int BREAKER_VOLUME = 10;
    /** ...and opens when half of them failed... */
    static final double BREAKER_RATIO = 0.5;
    /** ...for 5 s, after which 2 successful trial calls close it again. */
    static final long BREAKER_DELAY_MS = 5_000;
    static final int BREAKER_SUCCESSES = 2;

    private ViewCalls() {
    }
}
