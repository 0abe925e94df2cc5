package vn.ntm.communes.certification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One explicit move of a dossier to a newer procedure version. Never changed once written. */
@Entity
@Table(name = "dossier_procedure_move")
public class DossierProcedureMoveEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "from_code")
    public String fromCode;

    @Column(name = "from_version")
    public int fromVersion;

    @Column(name = "to_code")
    public String toCode;

    @Column(name = "to_version")
    public int toVersion;

    public String reason;

    @Column(name = "moved_by")
    public String movedBy;

    @Column(name = "moved_roles")
    public String movedRoles;

    @Column(name = "moved_at")
    public Instant movedAt;

    /** JSON of {@link DossierApi.ProcedureChanges}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changes;
}
