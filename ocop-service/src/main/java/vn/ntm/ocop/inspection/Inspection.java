package vn.ntm.ocop.inspection;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ntm.ocop.certificate.Certificate;

/** One inspection of a certificate: planned, then recorded with its findings and outcome. */
@Entity
@Table(name = "ocop_inspection")
public class Inspection extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public InspectionPlan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "certificate_id")
    public Certificate certificate;

    @Column(name = "province_code")
    public String provinceCode;

    public int year;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follow_up_of_id")
    public Inspection followUpOf;

    @Column(name = "inspected_on")
    public LocalDate inspectedOn;

    /** Kept for the record; never in a public answer. */
    public String inspector;

    @Enumerated(EnumType.STRING)
    public InspectionOutcome outcome;

    @Column(name = "remedy_deadline")
    public LocalDate remedyDeadline;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "closed_by_id")
    public Inspection closedBy;

    public String note;

    @ElementCollection
    @CollectionTable(name = "ocop_inspection_finding", joinColumns = @JoinColumn(name = "inspection_id"))
    public List<Finding> findings = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean recorded() {
        return outcome != null;
    }
}
