package vn.ntm.ocop.dossier;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.product.Product;

/** A producer's product dossier on its way through the steps of the rule version in force on its date. */
@Entity
@Table(name = "ocop_dossier")
public class Dossier extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "dossier_date")
    public LocalDate dossierDate;

    @Column(name = "rule_version")
    public String ruleVersion;

    @Enumerated(EnumType.STRING)
    public DossierState state;

    @Column(name = "step_position")
    public int stepPosition;

    @Column(name = "self_score")
    public BigDecimal selfScore;

    public String description;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "evaluation_id")
    public UUID evaluationId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    public Certificate certificate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "renewal_of_id")
    public Certificate renewalOf;

    @ElementCollection
    @CollectionTable(name = "ocop_dossier_document", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderBy("code")
    public List<DossierDocument> documents = new ArrayList<>();

    @Column(name = "submitted_by")
    public String submittedBy;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
