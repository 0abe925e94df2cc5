package vn.ntm.ocop.product;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The raw-material area (vùng nguyên liệu) the product comes from. */
@Schema(name = "OcopRawMaterialArea")
public record RawMaterialArea(
        @Size(max = 1000) @Schema(example = "Vùng trồng vải thiều theo VietGAP tại xã Thanh Sơn") String description,
        @DecimalMin(value = "0.00", message = "must be 0 or more") @DecimalMax(value = "9999999999.99", message = "is too large")
        @Digits(integer = 10, fraction = 2, message = "must have at most 2 decimal places")
        @Schema(description = "Area in hectares.", example = "120.50") BigDecimal areaHectares) {
}
