package vn.ntm.common.requestid;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/** Forwards the current request id on every outgoing REST Client call, so one id traces a request across services. */
@Provider
public class RequestIdClientFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        if (request.getHeaders().containsKey(RequestIds.HEADER)) {
            return;
        }
        String id = RequestIds.current();
        if (id != null) {
            request.getHeaders().putSingle(RequestIds.HEADER, id);
        }
    }
}
