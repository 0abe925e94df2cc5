package vn.ntm.ocop.trace;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request bodies of the trace endpoints. */
public final class TraceRequests {

    private TraceRequests() {
    }

    @Schema(name = "OcopTraceCodeRequest", description = "Either elementString, or gtin with lot and/or serial (and gln, glnExtension).")
    public record Code(
            @NotNull UUID productId,
            @Size(max = 200) @Schema(description = "The code in GS1 human-readable form.", example = "(01)08938505974019(10)L2025-07(414)8938505970004")
            String elementString,
            @Size(max = 14) @Schema(description = "GTIN-8, -12, -13 or -14, check digit included.", example = "8938505974019") String gtin,
            @Size(max = 20) @Schema(description = "AI (10), GS1 character set 82.", example = "L2025-07") String lot,
            @Size(max = 20) @Schema(description = "AI (21).", example = "SN000123") String serial,
            @Size(max = 13) @Schema(description = "AI (414): GLN of the production site.", example = "8938505970004") String gln,
            @Size(max = 20) @Schema(description = "AI (254).", example = "KHO2") String glnExtension,
            @NotNull @PastOrPresent @Schema(example = "2025-07-02") LocalDate producedOn,
            @DecimalMin("0") @Digits(integer = 11, fraction = 3) @Schema(example = "1200") BigDecimal quantity,
            @Size(max = 20) @Schema(example = "kg") String unit) {
    }

    @Schema(name = "OcopTraceEventRequest")
    public record Event(
            @NotNull @Pattern(regexp = "BACK|FORWARD", message = "must be BACK (an input and its supplier) or FORWARD (a buyer or distributor)")
            @Schema(example = "FORWARD") String direction,
            @NotNull @PastOrPresent @Schema(example = "2025-07-03") LocalDate eventDate,
            @Size(max = 13) @Schema(description = "GLN of the supplier or receiver, when it has one.", example = "8938505970103") String partnerGln,
            @NotNull @Size(min = 1, max = 30) @Schema(description = "Data items of TT 02/2024 by code (GET /api/v1/ocop/trace-data-items).")
            Map<String, @NotNull @Size(max = 1000) String> data) {
    }
}
