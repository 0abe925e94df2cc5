package vn.ntm.ocop.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One thing that happened to a dossier at a step: who acted, for which body, and why. */
@Entity
@Table(name = "ocop_dossier_event")
public class DossierEvent extends PanacheEntityBase {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String RETURNED = "RETURNED";
    public static final String RESUBMITTED = "RESUBMITTED";
    public static final String PROPOSED = "PROPOSED";
    public static final String EVALUATION_OPENED = "EVALUATION_OPENED";
    public static final String DECIDED = "DECIDED";
    public static final String ADVANCED = "ADVANCED";
    public static final String CERTIFIED = "CERTIFIED";
    public static final String NOT_CERTIFIED = "NOT_CERTIFIED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "step_code")
    public String stepCode;

    public String action;

    @Column(name = "acting_body")
    public String actingBody;

    public String actor;

    public String note;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    public static List<DossierEvent> of(UUID dossier) {
        return list("dossierId = ?1 order by id", dossier);
    }
}
