package vn.ntm.campaign.datasubject;

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

/** One request of a household about its survey forms, with its state, time limits and outcome. */
@Entity
@Table(name = "data_subject_request")
public class DataSubjectRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public RequestKind kind;

    @Enumerated(EnumType.STRING)
    public RequestState state;

    @Column(name = "commune_code")
    public String communeCode;

    @Column(name = "province_code")
    public String provinceCode;

    /** The survey a CORRECTION or WITHDRAWAL is about; null means every survey of the commune. */
    @Column(name = "survey_id")
    public UUID surveyId;

    /** Who asked (the household's representative, or the person acting for it), as the officer wrote it down. */
    public String requester;

    @Column(name = "identity_checked_by")
    public String identityCheckedBy;

    /** The kind of document shown (CCCD, giấy ủy quyền…), never its number. */
    @Column(name = "identity_document")
    public String identityDocument;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "acknowledge_by")
    public LocalDate acknowledgeBy;

    @Column(name = "due_on")
    public LocalDate dueOn;

    public String details;

    public String outcome;

    @Column(name = "forms_affected")
    public Integer formsAffected;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Version
    public long version;
}
