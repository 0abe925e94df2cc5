package vn.ntm.ocop.inspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An item an inspector checks, with its legal source (rows of V19, data rather than code). */
@Entity
@Table(name = "ocop_inspection_item")
public class InspectionItem extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "legal_source")
    public String legalSource;
}
