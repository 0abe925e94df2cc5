package vn.ntm.gateway.view;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A province's programme dashboard for one year, in one answer. Parts as in {@link GatewayCommuneView}. */
@Schema(name = "GatewayProvinceDashboard", description = "A province's dashboard for one year: progress against targets"
        + " per level, OCOP statistics, survey coverage and results, contribution totals. Each part is the owning"
        + " service's answer, unchanged; meta says which parts are missing and why.")
public record GatewayProvinceDashboard(
        @Schema(description = "GSO code of the province.", example = "30")
        String provinceCode,
        @Schema(description = "Programme year of the dashboard.", example = "2025")
        int year,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "Progress against targets per level, as"
                + " communes-service answers GET /api/v1/provinces/{code}/progress?year=.")
        JsonNode progress,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "OCOP statistics of the province, as ocop-service"
                + " answers GET /api/v1/ocop/statistics?province=.")
        JsonNode ocop,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "Survey coverage and results, as campaign-service"
                + " answers GET /api/v1/surveys/statistics?province=&year=.")
        JsonNode surveys,
        @Schema(type = SchemaType.OBJECT, nullable = true, description = "Contribution totals, as campaign-service answers"
                + " GET /api/v1/contributions/totals?province=.")
        JsonNode contributions,
        GatewayViewMeta meta) {
}
