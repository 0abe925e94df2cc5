package vn.ntm.communes.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The value recorded for one indicator of an assessment. */
@Entity
@Table(name = "assessment_value")
public class AssessmentValueEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "numeric_value")
    public BigDecimal numericValue;

    public Boolean passed;

    public String choice;

    /** JSON array of {@link AssessmentApi.Evidence}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String evidence;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "assessment_id")
        public UUID assessmentId;

        @Column(name = "indicator_code")
        public String indicatorCode;

        public Key() {
        }

        public Key(UUID assessmentId, String indicatorCode) {
            this.assessmentId = assessmentId;
            this.indicatorCode = indicatorCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(assessmentId, k.assessmentId)
                    && java.util.Objects.equals(indicatorCode, k.indicatorCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(assessmentId, indicatorCode);
        }
    }
}
