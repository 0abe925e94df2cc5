package vn.ntm.ocop.rules;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The three parts of an OCOP score sheet. */
@Schema(name = "OcopScorePart")
public enum ScorePart {
    /** Product and community strength (sản phẩm và sức mạnh cộng đồng). */
    A,
    /** Marketing capacity (khả năng tiếp thị). */
    B,
    /** Product quality (chất lượng sản phẩm). */
    C;

    public String fieldName() {
        return "part" + name();
    }
}
