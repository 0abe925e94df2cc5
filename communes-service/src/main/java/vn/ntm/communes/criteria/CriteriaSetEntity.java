package vn.ntm.communes.criteria;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ntm.communes.Level;

/** One immutable version of a criteria set; the document is kept as published (JSONB). */
@Entity
@Table(name = "criteria_set")
public class CriteriaSetEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public int version;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "period_from")
    public int periodFrom;

    @Column(name = "period_to")
    public int periodTo;

    @Column(name = "base_code")
    public String baseCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "title_vi")
    public String titleVi;

    @JdbcTypeCode(SqlTypes.JSON)
    public String document;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    /** DRAFT or PUBLISHED (SUPERSEDED is computed from the next version's effective date). */
    public String status;

    @Column(name = "effective_from")
    public java.time.LocalDate effectiveFrom;

    /** Moves on each edit of a draft: the ETag of the draft endpoints. */
    @jakarta.persistence.Version
    @Column(name = "draft_revision")
    public int draftRevision;

    @Column(name = "created_by")
    public String createdBy;

    public boolean isDraft() {
        return "DRAFT".equals(status);
    }
}
