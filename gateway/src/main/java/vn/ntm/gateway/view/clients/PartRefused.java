package vn.ntm.gateway.view.clients;

/**
 * The service refused the call with a 4xx other than 404: the service is up (so its circuit stays closed), but the
 * part cannot be shown. It usually means the gateway and the service disagree on a contract.
 */
public class PartRefused extends RuntimeException {

    public PartRefused(String service, String uri, int status) {
        super(service + " refused " + uri + " with " + status, null, false, false);
    }
}
