package vn.ntm.communes.fieldverification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One field visit of the province's support team to a commune whose dossier it verifies. */
@Entity
@Table(name = "field_verification")
public class FieldVerificationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "assessment_id")
    public UUID assessmentId;

    @Column(name = "date_from")
    public LocalDate dateFrom;

    @Column(name = "date_to")
    public LocalDate dateTo;

    /** JSON array of {@link FieldVerificationApi.TeamMember}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String team;

    /** JSON array of village names. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String villages;

    public String conclusion;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_roles")
    public String recordedRoles;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Moves on when one of its flags is resolved. */
    @Version
    public int version;
}
