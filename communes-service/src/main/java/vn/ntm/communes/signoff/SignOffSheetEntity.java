package vn.ntm.communes.signoff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The version (ETag) of a dossier's sign-offs as a whole: every act and every correction moves it on. */
@Entity
@Table(name = "sign_off_sheet")
public class SignOffSheetEntity extends PanacheEntityBase {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    @Version
    public int version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
