package vn.ntm.ocop.subject;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An OCOP subject: the cooperative, enterprise, household business or cooperative group that owns products. */
@Entity
@Table(name = "ocop_subject")
public class OcopSubject extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "name_folded")
    public String nameFolded;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type")
    public SubjectType type;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "commune_name")
    public String communeName;

    @Column(name = "province_code")
    public String provinceCode;

    @Column(name = "commune_as_of")
    public LocalDate communeAsOf;

    /** Private. */
    @Column(name = "registration_number")
    public String registrationNumber;

    /** Private. */
    public String representative;

    /** Private. */
    public String phone;

    /** Private. */
    public String email;

    /** Private. */
    public String address;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
