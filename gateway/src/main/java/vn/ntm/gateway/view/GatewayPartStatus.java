package vn.ntm.gateway.view;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of one part of a composite view. */
@Schema(name = "GatewayPartStatus", description = "AVAILABLE: the part is shown. ABSENT: the service answered that there is"
        + " nothing to show (for example no closed survey yet). UNAVAILABLE: the service did not answer in time, failed,"
        + " or refused the call; the part is null and its service is listed in meta.unavailable.")
public enum GatewayPartStatus {
    AVAILABLE,
    ABSENT,
    UNAVAILABLE
}
