package vn.ntm.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;

/** One backend answer of a view: its data, or why it is missing. */
record Part(String name, String service, GatewayPartStatus status, JsonNode data) {

    static Part available(String name, String service, JsonNode data) {
        return new Part(name, service, GatewayPartStatus.AVAILABLE, data);
    }

    static Part absent(String name, String service) {
        return new Part(name, service, GatewayPartStatus.ABSENT, null);
    }

    static Part unavailable(String name, String service) {
        return new Part(name, service, GatewayPartStatus.UNAVAILABLE, null);
    }

    boolean isUnavailable() {
        return status == GatewayPartStatus.UNAVAILABLE;
    }
}
