package vn.ntm.communes.signoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A provincial sector department (V56). Read only: the list changes with a migration, as departments do by decree. */
@Entity
@Table(name = "sector")
public class SectorEntity extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_vi")
    public String nameVi;

    @Column(name = "name_en")
    public String nameEn;

    public String note;

    public String source;
}
