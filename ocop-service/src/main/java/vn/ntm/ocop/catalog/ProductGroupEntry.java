package vn.ntm.ocop.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product group with its names and legal source (loaded by migration V10). */
@Entity
@Table(name = "ocop_product_group")
public class ProductGroupEntry extends PanacheEntityBase {

    @Id
    @Enumerated(EnumType.STRING)
    public ProductGroup code;

    public short ordinal;

    @Column(name = "name_vi")
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "legal_source")
    public String legalSource;
}
