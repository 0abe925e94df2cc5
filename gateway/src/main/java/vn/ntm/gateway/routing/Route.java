package vn.ntm.gateway.routing;

import java.util.List;

/**
 * One path of a service's API: which service serves it and with which HTTP methods, as its OpenAPI document says.
 *
 * @param service the upstream's name, a key of {@code ntm.gateway.upstreams}
 * @param path    the OpenAPI path template
 * @param methods the methods documented for it, upper case
 */
public record Route(String service, String path, List<String> methods) {
}
