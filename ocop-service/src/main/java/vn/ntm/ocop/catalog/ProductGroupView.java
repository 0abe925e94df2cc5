package vn.ntm.ocop.catalog;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A product group with its sub-groups, as integrators need them to classify a product. */
@Schema(name = "OcopProductGroup")
public record ProductGroupView(
        @Schema(example = "FOOD") ProductGroup code,
        @Schema(example = "Thực phẩm") String nameVi,
        @Schema(example = "Food") String nameEn,
        @Schema(example = "QĐ 148/QĐ-TTg ngày 24/02/2023, Điều 1 khoản 1 điểm a") String legalSource,
        List<Subgroup> subgroups) {

    @Schema(name = "OcopProductSubgroup")
    public record Subgroup(
            @Schema(example = "FRESH_PRODUCE") String code,
            @Schema(example = "Thực phẩm tươi sống") String categoryVi,
            @Schema(example = "Rau, củ, quả, hạt tươi") String nameVi,
            @Schema(example = "Fresh vegetables, tubers, fruit and nuts") String nameEn,
            @Schema(example = "Nông nghiệp và Phát triển nông thôn") String ministryVi,
            @Schema(example = "QĐ 148/QĐ-TTg, Phụ lục phân loại, I.1.a") String legalSource,
            @Schema(description = "V: read in a published copy of the appendix; I: from summaries, to be confirmed.", example = "V")
            String confidence) {
    }
}
