package vn.ntm.ocop.inspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A province's plan of the certified products it inspects in a year. */
@Entity
@Table(name = "ocop_inspection_plan")
public class InspectionPlan extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "province_code")
    public String provinceCode;

    public int year;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;
}
