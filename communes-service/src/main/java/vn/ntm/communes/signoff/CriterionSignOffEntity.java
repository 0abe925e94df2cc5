package vn.ntm.communes.signoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Where one criterion of a dossier stands with its department. No row: PENDING, nothing done yet. */
@Entity
@Table(name = "criterion_sign_off")
public class CriterionSignOffEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    public String sector;

    @Enumerated(EnumType.STRING)
    public SignOffStatus status;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "approval_note")
    public String approvalNote;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "corrected_at")
    public Instant correctedAt;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "dossier_id")
        public UUID dossierId;

        @Column(name = "criterion_number")
        public int criterionNumber;

        public Key() {
        }

        public Key(UUID dossierId, int criterionNumber) {
            this.dossierId = dossierId;
            this.criterionNumber = criterionNumber;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(dossierId, k.dossierId) && criterionNumber == k.criterionNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(dossierId, criterionNumber);
        }
    }
}
