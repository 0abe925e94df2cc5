package vn.ntm.ocop.trace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.product.Product;

/** A TCVN 13274:2020 trace code of a certified product: GTIN with lot or serial, and the GLN of where it was made. */
@Entity
@Table(name = "ocop_trace_code")
public class TraceCode extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id")
    public Certificate certificate;

    /** 14 digits. */
    public String gtin;

    public String lot;

    public String serial;

    public String gln;

    @Column(name = "gln_extension")
    public String glnExtension;

    /** Human-readable element string, AIs in canonical order. */
    @Column(name = "element_string")
    public String elementString;

    @Column(name = "produced_on")
    public LocalDate producedOn;

    public BigDecimal quantity;

    public String unit;

    @Column(name = "created_by")
    public String createdBy;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;
}
