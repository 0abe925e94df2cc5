package vn.ntm.ocop.certificate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.rules.CouncilLevel;

/** An OCOP certificate (giấy chứng nhận) for a product at a star level. */
@Entity
@Table(name = "ocop_certificate")
public class Certificate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @Column(name = "evaluation_id")
    public UUID evaluationId;

    public int stars;

    @Enumerated(EnumType.STRING)
    @Column(name = "council_level")
    public CouncilLevel councilLevel;

    @Column(name = "issuing_body")
    public String issuingBody;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    /** Last day of validity, inclusive. */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    /**
     * First day in force when later than the issue date: a renewal decided before the renewed certificate ended follows on
     * the day after its last day. {@code null}: in force from {@link #issuedOn}.
     */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The certificate this one renews (a renewal dossier's decision), or {@code null}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "renews_id")
    public Certificate renews;

    @Enumerated(EnumType.STRING)
    public IssueKind kind;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "commune_name")
    public String communeName;

    /** What the daily job (or a revocation / supersession) last wrote; answers compute the state from the dates. */
    @Enumerated(EnumType.STRING)
    @Column(name = "stored_state")
    public CertificateState storedState;

    @Column(name = "state_changed_on")
    public LocalDate stateChangedOn;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason_code")
    public RevocationReason revocationReasonCode;

    @Column(name = "revocation_reason")
    public String revocationReason;

    @Column(name = "revocation_decision")
    public String revocationDecision;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Column(name = "superseded_on")
    public LocalDate supersededOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    public Certificate supersededBy;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    /** The first day in force. */
    public LocalDate firstValidDay() {
        return validFrom == null ? issuedOn : validFrom;
    }

    public static java.util.Optional<Certificate> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }
}
