package vn.ntm.communes.fieldverification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A contradiction the team found on an indicator, open until the commune corrects the value or the team withdraws it. */
@Entity
@Table(name = "field_flag")
public class FieldFlagEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "verification_id")
    public UUID verificationId;

    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "criterion_number")
    public int criterionNumber;

    @Column(name = "declared_value")
    public String declaredValue;

    @Column(name = "found_value")
    public String foundValue;

    public String note;

    @Enumerated(EnumType.STRING)
    public FlagState state;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolution_reason")
    public String resolutionReason;

    /** The value the commune corrected it to (CORRECTED). */
    @Column(name = "corrected_value")
    public String correctedValue;
}
