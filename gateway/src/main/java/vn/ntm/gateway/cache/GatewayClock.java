package vn.ntm.gateway.cache;

import jakarta.enterprise.context.ApplicationScoped;

/** The monotonic clock the response cache ages its entries by (a bean, so that tests can move time). */
@ApplicationScoped
public class GatewayClock {

    /** Nanoseconds from an arbitrary origin, as {@link System#nanoTime()}. */
    public long nanos() {
        return System.nanoTime();
    }
}
