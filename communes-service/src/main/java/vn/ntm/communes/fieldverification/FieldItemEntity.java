package vn.ntm.communes.fieldverification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One item of the sample: what the team found for an indicator against what the commune declared. Never changed. */
@Entity
@Table(name = "field_verification_item")
public class FieldItemEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "verification_id")
    public UUID verificationId;

    public int seq;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "criterion_number")
    public int criterionNumber;

    public String village;

    @Column(name = "declared_value")
    public String declaredValue;

    @Column(name = "found_value")
    public String foundValue;

    public boolean contradicts;

    public String note;
}
