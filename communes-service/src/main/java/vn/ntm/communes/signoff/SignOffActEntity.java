package vn.ntm.communes.signoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One act on a criterion's sign-off (an approval, a return, an unapproval, the commune's correction). Never changed. */
@Entity
@Table(name = "sign_off_act")
public class SignOffActEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_id")
    public UUID dossierId;

    public int seq;

    @Column(name = "criterion_number")
    public int criterionNumber;

    public String sector;

    @Enumerated(EnumType.STRING)
    public SignOffAct act;

    @Column(name = "acted_by")
    public String actedBy;

    @Column(name = "acted_roles")
    public String actedRoles;

    @Column(name = "acted_at")
    public Instant actedAt;

    public String note;

    @Column(name = "indicator_code")
    public String indicatorCode;

    @Column(name = "value_before")
    public String valueBefore;

    @Column(name = "value_after")
    public String valueAfter;
}
