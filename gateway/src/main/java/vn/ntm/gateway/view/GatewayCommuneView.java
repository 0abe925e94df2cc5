package vn.ntm.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the mobile app shows about one commune, in one answer. The parts are the services' own answers, passed
 * through unchanged; a part is null when its service had nothing (status ABSENT) or did not answer (UNAVAILABLE).
 */
@Schema(name = "GatewayCommuneView", description = "One commune for the mobile app: the unit, its recognitions, latest"
        + " assessment, OCOP products by stars and latest satisfaction result. Each part is the owning service's answer,"
        + " unchanged; meta says which parts are missing and why.")
public record GatewayCommuneView(
        @Schema(description = "GSO code of the commune.", example = "10657")
        String code,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "The unit as communes-service answers"
                + " GET /api/v1/communes/{code} (operation communes_getCommune).")
        JsonNode commune,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "Current recognition and history, as"
                + " communes-service answers GET /api/v1/communes/{code}/recognitions.")
        JsonNode recognitions,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "Latest assessment summary: the first item of"
                + " communes-service GET /api/v1/assessments?commune={code}&size=1.")
        JsonNode latestAssessment,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "OCOP products by stars, as ocop-service answers"
                + " GET /api/v1/ocop/communes/{code}/summary (activeProducts, byStars, highestStars).")
        JsonNode ocop,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "Latest closed satisfaction survey result, as"
                + " campaign-service answers GET /api/v1/communes/{code}/satisfaction.")
        JsonNode satisfaction,
        GatewayViewMeta meta) {
}
