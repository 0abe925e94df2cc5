package vn.ntm.gateway.view.clients;

import jakarta.ws.rs.core.Response;

/** Turns a service's error status into the exception the views and the circuit breakers tell apart. */
final class UpstreamAnswers {

    private UpstreamAnswers() {
    }

    static RuntimeException toException(String service, Response response) {
        String uri = response.getLocation() == null ? "" : response.getLocation().toString();
        int status = response.getStatus();
        if (status == 404) {
            return new PartNotFound(service, uri);
        }
        if (status < 500) {
            return new PartRefused(service, uri, status);
        }
        return new PartFailed(service, uri, status);
    }
}
