package vn.ntm.ocop.statistics;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract communes-service reads for the model-commune production field (docs/architecture.md). */
@Schema(name = "OcopCommuneSummary")
public record CommuneSummary(
        @Schema(example = "10642") String communeCode,
        @Schema(example = "2025-07-01") LocalDate asOf,
        @Schema(description = "Products with a certificate in force on asOf.", example = "6") long activeProducts,
        @Schema(description = "Products in force by stars; keys \"3\", \"4\", \"5\" are always present.") Map<String, Long> byStars,
        @Schema(description = "Highest stars in force on asOf; null when the commune has none.", example = "5") Integer highestStars) {
}
