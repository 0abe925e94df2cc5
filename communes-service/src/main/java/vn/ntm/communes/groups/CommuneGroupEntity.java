package vn.ntm.communes.groups;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dated placement of a commune in a group; never updated, a change is a new row from a later date. */
@Entity
@Table(name = "commune_group")
public class CommuneGroupEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id")
    public long unitId;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "province_code")
    public String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_code")
    public CommuneGroup group;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "basis_kind")
    public GroupBasis basisKind;

    @Column(name = "basis_document")
    public String basisDocument;

    @Column(name = "basis_date")
    public LocalDate basisDate;

    public String source;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
