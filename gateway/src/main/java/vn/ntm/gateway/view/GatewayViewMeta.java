package vn.ntm.gateway.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How complete a composite view is.
 *
 * @param partial     true when at least one service did not answer: some parts are null for that reason
 * @param unavailable the services that did not answer ({@code communes}, {@code ocop}, {@code campaign}), sorted
 * @param parts       the status of every part, by part name
 * @param generatedAt when the gateway assembled the view (UTC)
 */
@Schema(name = "GatewayViewMeta", description = "How complete the view is: which services did not answer and what became of each part.")
public record GatewayViewMeta(
        @Schema(description = "True when at least one service did not answer; the parts it serves are null.", example = "true")
        boolean partial,
        @Schema(description = "Services that did not answer in time or failed, sorted.", example = "[\"ocop\"]")
        List<String> unavailable,
        @Schema(description = "Status of each part of the view, by part name.")
        Map<String, GatewayPartStatus> parts,
        @Schema(description = "When the gateway assembled the view (UTC).", example = "2025-05-12T03:15:00Z")
        Instant generatedAt) {
}
