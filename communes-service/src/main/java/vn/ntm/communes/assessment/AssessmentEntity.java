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
}
