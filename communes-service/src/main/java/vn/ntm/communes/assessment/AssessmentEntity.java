package vn.ntm.communes.assessment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** One assessment of one commune-level unit against one criteria set version for one year. */
@Entity
@Table(name = "assessment")
public class AssessmentEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "unit_id")
    public long unitId;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "commune_name")
    public String communeName;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "criteria_set_id")
    public long criteriaSetId;

    @Column(name = "overlay_set_id")
    public Long overlaySetId;

    public int year;

    @Column(name = "threshold_scope")
    public String thresholdScope;

    @Column(name = "threshold_scope_reason")
    public String thresholdScopeReason;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    /** The day the assessment is made (2026–2030): the commune group and the set version in force on it apply. */
    @jakarta.persistence.Column(name = "assessment_date")
    public java.time.LocalDate assessmentDate;

    /** The caller named the set version; otherwise a COMMUNE_GROUP assessment follows the version in force on its date. */
    @jakarta.persistence.Column(name = "version_pinned")
    public boolean versionPinned = true;
}
