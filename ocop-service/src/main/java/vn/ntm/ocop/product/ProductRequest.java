package vn.ntm.ocop.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.catalog.ProductGroup;

/** A product as an official registers or edits it. */
@Schema(name = "OcopProductRequest")
public record ProductRequest(
        @NotBlank @Size(max = 300) @Schema(example = "Vải thiều Thanh Hà") String name,
        @NotNull @Schema(example = "FOOD") ProductGroup group,
        @NotBlank @Size(max = 60)
        @Schema(description = "Sub-group code from GET /api/v1/ocop/product-groups; must belong to the group.", example = "FRESH_PRODUCE")
        String subgroupCode,
        @NotNull @Schema(description = "The OCOP subject that owns the product.") UUID subjectId,
        @Pattern(regexp = "\\d{5}", message = "must be a 5-digit GSO commune code")
        @Schema(description = "Commune where the product is made; default: the subject's commune.", example = "10867") String communeCode,
        @PastOrPresent
        @Schema(description = "Date on which communeCode identifies the unit; default: the subject's date when the commune is the subject's, else today.",
                example = "2025-05-15") LocalDate communeAsOf,
        @Size(max = 2000) @Schema(example = "Vải thiều tươi, quả to, cùi dày, hạt nhỏ, vị ngọt đậm") String description,
        @Valid RawMaterialArea rawMaterialArea) {
}
