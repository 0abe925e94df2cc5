package vn.ntm.communes.certification;

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
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step taken on a dossier. Never changed once written. */
@Entity
@Table(name = "dossier_step")
public class DossierStepEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_id")
    public UUID dossierId;

    public int seq;

    @Enumerated(EnumType.STRING)
    public DossierState state;

    @Enumerated(EnumType.STRING)
    public ActingBody body;

    @Column(name = "step_date")
    public LocalDate stepDate;

    @Column(name = "acted_by")
    public String actedBy;

    @Column(name = "acted_roles")
    public String actedRoles;

    @Column(name = "acted_at")
    public Instant actedAt;

    @Column(name = "votes_for")
    public Integer votesFor;

    @Column(name = "votes_against")
    public Integer votesAgainst;

    public String note;

    /** JSON array of {@link DossierApi.Document}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String documents;

    /** JSON object: what was checked at this step (evaluation, survey figures, OCOP summary). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String checks;

    /** Recorded after the facts for a historical dossier; {@link #backfillReason} says why. */
    public boolean backfill;

    @Column(name = "backfill_reason")
    public String backfillReason;
}
