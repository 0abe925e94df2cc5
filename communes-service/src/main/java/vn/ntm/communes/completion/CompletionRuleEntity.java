package vn.ntm.communes.completion;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored version of a province-completion rule; never updated. */
@Entity
@Table(name = "province_completion_rule")
public class CompletionRuleEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String code;

    public int version;

    @Column(name = "period_from")
    public int periodFrom;

    @Column(name = "period_to")
    public int periodTo;

    @Column(name = "title_vi")
    public String titleVi;

    @JdbcTypeCode(SqlTypes.JSON)
    public String document;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "published_by")
    public String publishedBy;

    static Optional<CompletionRuleEntity> latest(String code) {
        return find("code = ?1 ORDER BY version DESC", code).firstResultOptional();
    }

    static Optional<CompletionRuleEntity> version(String code, int version) {
        return find("code = ?1 AND version = ?2", code, version).firstResultOptional();
    }
}
