package vn.ntm.campaign.surveys;

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
import vn.ntm.campaign.Level;

/** A satisfaction survey of one commune for one purpose. Versioned: every edit and transition needs If-Match. */
@Entity
@Table(name = "survey")
public class Survey extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "commune_name")
    public String communeName;

    @Column(name = "province_code")
    public String provinceCode;

    @Enumerated(EnumType.STRING)
    public SurveyPurpose purpose;

    /** Set for a RECOGNITION survey only. */
    @Enumerated(EnumType.STRING)
    public Level level;

    public int year;

    /** The day the survey opened in the field, when the caller gave it. */
    @Column(name = "start_date")
    public LocalDate startDate;

    /** The day the commune was looked up on in communes-service (see SurveyDates). */
    @Column(name = "commune_as_of")
    public LocalDate communeAsOf;

    public String title;

    public String organiser;

    /** The legal basis of processing the households' answers (Law 91/2025); required to open. */
    @Column(name = "legal_basis")
    public String legalBasis;

    /** The notice shown to respondents before the first question, in Vietnamese; required to open, frozen with it. */
    public String notice;

    @Enumerated(EnumType.STRING)
    public SurveyState state;

    @Column(name = "questionnaire_version")
    public int questionnaireVersion;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "opened_by")
    public String openedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Version
    public long version;

    public void touch(String actor) {
        updatedAt = Instant.now();
        updatedBy = actor;
    }
}
