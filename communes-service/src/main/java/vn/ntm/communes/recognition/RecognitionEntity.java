package vn.ntm.communes.recognition;

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
import vn.ntm.communes.Level;

/** One recognition decision. Never deleted: a revocation fills the revocation columns. */
@Entity
@Table(name = "recognition")
public class RecognitionEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "unit_id", nullable = false)
    public long unitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Level level;
    @Column(name = "criteria_set_code", nullable = false)
    public String criteriaSetCode;
    @Column(name = "recognition_year", nullable = false)
    public int recognitionYear;
    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;
    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;
    @Column(nullable = false)
    public String signer;
    @Column(name = "outstanding_field")
    public String outstandingField;
    @Column(name = "dossier_id")
    public UUID dossierId;
    public String note;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "revoked_on")
    public LocalDate revokedOn;
    @Column(name = "revocation_decision_number")
    public String revocationDecisionNumber;
    @Column(name = "revocation_reason")
    public String revocationReason;
    @Column(name = "revocation_recorded_at")
    public Instant revocationRecordedAt;
    @Column(name = "revocation_recorded_by")
    public String revocationRecordedBy;
    /** RECOGNITION, or ACKNOWLEDGEMENT for a merged unit acknowledged by the province (thừa nhận). */
    @Column(nullable = false)
    public String kind = RECOGNITION;
    /** Why a province officer acknowledged a unit that was not eligible (mixed or partial merge). */
    @Column(name = "override_reason")
    public String overrideReason;
    @Version
    public long version;

    public static final String RECOGNITION = "RECOGNITION";
    public static final String ACKNOWLEDGEMENT = "ACKNOWLEDGEMENT";

    public boolean inForceOn(LocalDate date) {
        return !decisionDate.isAfter(date) && (revokedOn == null || revokedOn.isAfter(date));
    }

    public RecognitionRef toRef() {
        return new RecognitionRef(id, unitId, level, criteriaSetCode, recognitionYear, decisionNumber, decisionDate, outstandingField, revokedOn);
    }
}
