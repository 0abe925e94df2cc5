package vn.ntm.communes.targets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.ntm.communes.Level;

/** Target counts of one province for one year. Edited by officials: versioned (ETag / If-Match). */
@Entity
@Table(name = "province_target")
public class ProvinceTargetEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "province_id", nullable = false)
    public long provinceId;
    @Column(nullable = false)
    public int year;
    @Column(name = "ntm_target")
    public Integer ntmTarget;
    @Column(name = "advanced_target")
    public Integer advancedTarget;
    @Column(name = "model_target")
    public Integer modelTarget;
    @Column(name = "modern_target")
    public Integer modernTarget;
    public String source;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
    @Version
    public long version;

    public Integer target(Level level) {
        return switch (level) {
            case NTM -> ntmTarget;
            case ADVANCED -> advancedTarget;
            case MODEL -> modelTarget;
            case MODERN -> modernTarget;
        };
    }

    public void setTarget(Level level, Integer value) {
        switch (level) {
            case NTM -> ntmTarget = value;
            case ADVANCED -> advancedTarget = value;
            case MODEL -> modelTarget = value;
            case MODERN -> modernTarget = value;
        }
    }

    public String etag() {
        return "\"" + version + "\"";
    }
}
