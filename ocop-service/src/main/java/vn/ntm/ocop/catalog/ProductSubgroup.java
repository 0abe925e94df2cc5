package vn.ntm.ocop.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sub-group (phân nhóm) of the classification appendix of Decision 148, with the ministry in charge. */
@Entity
@Table(name = "ocop_product_subgroup")
public class ProductSubgroup extends PanacheEntityBase {

    @Id
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_code")
    public ProductGroup group;

    public short ordinal;

    @Column(name = "category_vi")
    public String categoryVi;

    @Column(name = "name_vi")
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "ministry_vi")
    public String ministryVi;

    @Column(name = "legal_source")
    public String legalSource;

    /** 'V' read in a published copy of the appendix, 'I' transcribed from summaries (to be confirmed). */
    public String confidence;
}
