package vn.ntm.communes.procedure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a recognition procedure; the document is kept as written (JSONB) and frozen once published. */
@Entity
@Table(name = "procedure_version")
public class ProcedureVersionEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public int version;

    /** DRAFT or PUBLISHED (SUPERSEDED is computed from the next published version's effective date). */
    public String status;

    @Column(name = "title_vi")
    public String titleVi;

    @Column(name = "period_from")
    public LocalDate periodFrom;

    @Column(name = "period_to")
    public LocalDate periodTo;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @JdbcTypeCode(SqlTypes.JSON)
    public String document;

    /** Moves on each edit of a draft: the ETag of the draft endpoints. */
    @jakarta.persistence.Version
    @Column(name = "draft_revision")
    public int draftRevision;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    public boolean isDraft() {
        return "DRAFT".equals(status);
    }
}
