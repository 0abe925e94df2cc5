package vn.ntm.ocop.mark;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.product.Product;

/** A reported misuse of the OCOP mark: what was seen, its evidence, who reported it, and how the province handled it. */
@Entity
@Table(name = "ocop_mark_violation")
public class MarkViolation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "province_code")
    public String provinceCode;

    /** The product when it is registered here; {@code null} for a product that never entered the programme. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id")
    public Product product;

    @Column(name = "product_name")
    public String productName;

    public String kind;

    @Column(name = "seen_on")
    public LocalDate seenOn;

    @Column(name = "seen_at")
    public String seenAt;

    public String description;

    @Column(name = "stars_shown")
    public Integer starsShown;

    /** Personal data of the reporter: for the handling officials only. */
    @Column(name = "reporter_name")
    public String reporterName;

    @Column(name = "reporter_contact")
    public String reporterContact;

    @Column(name = "reported_by")
    public String reportedBy;

    @Enumerated(EnumType.STRING)
    public ViolationState state;

    @Column(name = "review_started_on")
    public LocalDate reviewStartedOn;

    public String action;

    @Column(name = "action_note")
    public String actionNote;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Column(name = "handled_by")
    public String handledBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "revoked_certificate_id")
    public Certificate revokedCertificate;

    @ElementCollection
    @CollectionTable(name = "ocop_mark_violation_evidence", joinColumns = @JoinColumn(name = "violation_id"))
    @OrderColumn(name = "position")
    public List<Evidence> evidence = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;
}
