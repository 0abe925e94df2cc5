package vn.ntm.campaign.contributions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One contribution of one kind, by residents of a commune, to a campaign. Written once, never edited. */
@Entity
@Table(name = "contribution")
public class Contribution extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "commune_name")
    public String communeName;

    @Column(name = "province_code")
    public String provinceCode;

    @Enumerated(EnumType.STRING)
    public ContributionKind kind;

    @Column(name = "contributed_on")
    public LocalDate contributedOn;

    public String source;

    @Column(name = "amount_vnd")
    public BigDecimal amountVnd;

    @Column(name = "land_area_m2")
    public BigDecimal landAreaM2;

    @Column(name = "working_days")
    public BigDecimal workingDays;

    @Column(name = "materials_description")
    public String materialsDescription;

    @Column(name = "materials_value_vnd")
    public BigDecimal materialsValueVnd;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
