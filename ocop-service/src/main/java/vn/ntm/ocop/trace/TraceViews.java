package vn.ntm.ocop.trace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.certificate.CertificateVerification;

/** The answers of the trace endpoints. */
public final class TraceViews {

    private TraceViews() {
    }

    @Schema(name = "OcopTraceDataItem")
    public record DataItem(@Schema(example = "RECEIVER_NAME") String code, String name,
            @Schema(example = "FORWARD") String appliesTo, boolean mandatory, String sourceField, String legalSource) {
    }

    @Schema(name = "OcopTraceEvent")
    public record Event(UUID id, @Schema(example = "FORWARD") String direction, @Schema(example = "2025-07-03") LocalDate eventDate,
            String partnerGln, Map<String, String> data) {
    }

    /** A trace code as its producer and the province see it, with its events. */
    @Schema(name = "OcopTraceCode")
    public record Code(UUID id, UUID productId, @Schema(example = "Vải thiều Thanh Hà") String productName,
            @Schema(example = "OCOP-30-2025-000123") String certificate,
            @Schema(example = "(01)08938505974019(10)L2025-07(414)8938505970004") String elementString,
            @Schema(example = "08938505974019") String gtin, @Schema(example = "L2025-07") String lot, String serial,
            @Schema(example = "8938505970004") String gln, String glnExtension,
            @Schema(description = "For the QR code.", example = "https://id.ntm.example/01/08938505974019/10/L2025-07") String digitalLink,
            LocalDate producedOn, BigDecimal quantity, String unit, List<Event> events, long version) {
    }

    /** The public answer to a scanned trace code: the code, the product's certificate as verified, no personal data. */
    @Schema(name = "OcopTraceVerification")
    public record Verification(
            @Schema(example = "(01)08938505974019(10)L2025-07(414)8938505970004") String elementString,
            @Schema(example = "08938505974019") String gtin, @Schema(example = "L2025-07") String lot, String serial,
            @Schema(example = "https://id.ntm.example/01/08938505974019/10/L2025-07") String digitalLink,
            @Schema(example = "2025-07-02") LocalDate producedOn,
            @Schema(description = "Steps recorded one back and one forward (counts only: partners may be households).") int stepsBack,
            int stepsForward,
            @Schema(description = "The product's certificate, as GET /certificates/{number} answers it (with the last inspection line).")
            CertificateVerification certificate) {
    }
}
