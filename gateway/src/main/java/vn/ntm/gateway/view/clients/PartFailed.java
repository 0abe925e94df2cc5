package vn.ntm.gateway.view.clients;

/** The service answered with a server error: it counts against the service's circuit breaker. */
public class PartFailed extends RuntimeException {

    public PartFailed(String service, String uri, int status) {
        super(service + " failed on " + uri + " with " + status, null, false, false);
    }
}
