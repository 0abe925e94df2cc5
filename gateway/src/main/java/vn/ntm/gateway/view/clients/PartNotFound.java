package vn.ntm.gateway.view.clients;

/** The service answered 404: there is nothing to show for this part. An answer, not a failure. */
public class PartNotFound extends RuntimeException {

    public PartNotFound(String service, String uri) {
        super(service + " has nothing at " + uri, null, false, false);
    }
}
