package vn.ntm.communes.certification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ntm.communes.Level;

/** A certification dossier: one unit, one level, one year, on one assessment. */
@Entity
@Table(name = "dossier")
public class DossierEntity extends PanacheEntityBase {

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

    @Enumerated(EnumType.STRING)
    public Level level;

    public int year;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Enumerated(EnumType.STRING)
    public DossierState state;

    /** Declared: the commune has outstanding capital-construction debt under the programme (null: not declared). */
    @Column(name = "capital_construction_debt")
    public Boolean capitalConstructionDebt;

    /** Declared: the commune is a security trouble spot (địa bàn phức tạp về an ninh, trật tự) (null: not declared). */
    @Column(name = "security_trouble_spot")
    public Boolean securityTroubleSpot;

    @Column(name = "outstanding_field")
    public String outstandingField;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    public String signer;

    @Column(name = "recognition_id")
    public UUID recognitionId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The procedure version the dossier follows (pinned on opening, moved only by an explicit act). */
    @Column(name = "procedure_code")
    public String procedureCode;

    @Column(name = "procedure_version")
    public int procedureVersion;

    @Version
    public int version;
}
