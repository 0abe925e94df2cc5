package vn.ntm.ocop.mark;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.product.Product;

/** A registered use of the OCOP mark for a certified product: on what, where, from when. */
@Entity
@Table(name = "ocop_mark_use")
public class MarkUse extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    /** The certificate in force when the use was registered: the stars the mark may show. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id")
    public Certificate certificate;

    public String kind;

    public String description;

    public String place;

    @Column(name = "used_from")
    public LocalDate usedFrom;

    @Column(name = "used_until")
    public LocalDate usedUntil;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;
}
