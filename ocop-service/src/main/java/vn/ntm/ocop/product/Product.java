package vn.ntm.ocop.product;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import vn.ntm.ocop.catalog.ProductGroup;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.subject.OcopSubject;

/** An OCOP product of a subject, made in a commune, from a raw-material area. */
@Entity
@Table(name = "ocop_product")
public class Product extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "name_folded")
    public String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_group")
    public ProductGroup group;

    @Column(name = "subgroup_code")
    public String subgroupCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    public OcopSubject subject;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "commune_name")
    public String communeName;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "commune_as_of")
    public LocalDate communeAsOf;

    public String description;

    @Column(name = "raw_material_description")
    public String rawMaterialDescription;

    @Column(name = "raw_material_area_ha")
    public BigDecimal rawMaterialAreaHa;

    /** The most recent certificate issued for the product, whatever its state. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_certificate_id")
    public Certificate currentCertificate;

    @Column(name = "proposed_for_stars")
    public Integer proposedForStars;

    @Column(name = "proposed_on")
    public LocalDate proposedOn;

    @Column(name = "proposed_by_evaluation")
    public UUID proposedByEvaluation;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
