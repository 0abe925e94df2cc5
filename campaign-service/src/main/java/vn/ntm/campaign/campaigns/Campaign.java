package vn.ntm.campaign.campaigns;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** A campaign or emulation movement, with its organiser, scope and period. Several officials edit it: versioned. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "name_folded")
    public String nameFolded;

    @Enumerated(EnumType.STRING)
    public CampaignKind kind;

    public String organiser;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type")
    public ScopeType scopeType;

    /** Set for a PROVINCE scope only. */
    @Column(name = "province_code")
    public String provinceCode;

    @ElementCollection
    @CollectionTable(name = "campaign_commune", joinColumns = @JoinColumn(name = "campaign_id"))
    @BatchSize(size = 50)
    public Set<CampaignCommune> communes = new HashSet<>();

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String description;

    /** Why contributors' personal data is processed (Law 91/2025); required for contributions from 2026. */
    public String purpose;

    @Column(name = "legal_basis")
    public String legalBasis;

    /** The notice given to contributors, in Vietnamese. */
    public String notice;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    public long version;

    public boolean runsOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    public String period() {
        return "from " + startDate + (endDate == null ? " (no end date)" : " to " + endDate);
    }
}
