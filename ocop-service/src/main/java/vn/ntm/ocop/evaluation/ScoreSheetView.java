package vn.ntm.ocop.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.ocop.rules.ScorePart;

/** A member's score sheet as filed. Never part of a public answer. */
@Schema(name = "OcopScoreSheetView")
public record ScoreSheetView(
        @Schema(description = "The authenticated member who filed it.", example = "nguyen.thi.hoa") String member,
        PartView partA, PartView partB, PartView partC,
        @Schema(example = "91.75") BigDecimal total,
        Instant filedAt) {

    @Schema(name = "OcopPartView")
    public record PartView(ScorePart part, @Schema(example = "37.50") BigDecimal score, @Schema(example = "40.00") BigDecimal maximum,
                           List<ItemView> items) {
    }

    @Schema(name = "OcopScoreItemView")
    public record ItemView(@Schema(example = "A1") String code, @Schema(example = "Tổ chức sản xuất") String label,
                           @Schema(example = "14.00") BigDecimal score) {
    }
}
