package vn.ntm.campaign.campaigns;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Something done under a campaign: a launch meeting, a road-building day, a cultural event. Append-only. */
@Entity
@Table(name = "campaign_activity")
public class CampaignActivity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    public String title;

    public String description;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "commune_name")
    public String communeName;

    @Column(name = "province_code")
    public String provinceCode;

    public String place;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public Integer participants;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
