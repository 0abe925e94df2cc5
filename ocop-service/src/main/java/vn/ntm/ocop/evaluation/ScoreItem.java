package vn.ntm.ocop.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import vn.ntm.ocop.rules.ScorePart;

/** One scored item of a part (the criteria of the sub-group's scoring form). */
@Embeddable
public class ScoreItem {

    @Enumerated(EnumType.STRING)
    @Column(name = "part", columnDefinition = "char(1)")
    public ScorePart part;

    public String code;

    public String label;

    public BigDecimal score;

    public ScoreItem() {
    }

    public ScoreItem(ScorePart part, String code, String label, BigDecimal score) {
        this.part = part;
        this.code = code;
        this.label = label;
        this.score = score;
    }
}
