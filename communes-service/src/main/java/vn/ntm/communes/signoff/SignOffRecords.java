package vn.ntm.communes.signoff;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.ntm.common.security.Actor;
import vn.ntm.common.text.VietnameseText;

/** The rows of a dossier's sign-offs: its sheet (the version), each criterion's standing, and the acts. */
@ApplicationScoped
public class SignOffRecords {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The sheet's version: 0 before any act. */
    public int version(UUID dossierId) {
        SignOffSheetEntity sheet = SignOffSheetEntity.findById(dossierId);
        return sheet == null ? 0 : sheet.version;
    }

    /**
     * Moves the sheet's version on. The first act creates the sheet: inserted at version 0 and then updated, so that
     * its first act, like every later one, leaves it one version further than the reader's ETag.
     */
    public void bump(UUID dossierId) {
        SignOffSheetEntity sheet = SignOffSheetEntity.findById(dossierId);
        if (sheet == null) {
            sheet = new SignOffSheetEntity();
            sheet.dossierId = dossierId;
            sheet.persist();
            em.flush();
        }
        sheet.updatedAt = Instant.now(clock);
        em.flush();
    }

    public Map<Integer, CriterionSignOffEntity> standings(UUID dossierId) {
        return CriterionSignOffEntity.<CriterionSignOffEntity>list("key.dossierId", dossierId).stream()
                .collect(Collectors.toMap(r -> r.key.criterionNumber, r -> r));
    }

    public CriterionSignOffEntity standing(UUID dossierId, int criterion, String sector) {
        CriterionSignOffEntity row = CriterionSignOffEntity.findById(new CriterionSignOffEntity.Key(dossierId, criterion));
        if (row == null) {
            row = new CriterionSignOffEntity();
            row.key = new CriterionSignOffEntity.Key(dossierId, criterion);
            row.sector = sector;
            row.status = SignOffStatus.PENDING;
            row.persist();
        }
        return row;
    }

    public List<SignOffActEntity> acts(UUID dossierId) {
        return SignOffActEntity.list("dossierId", Sort.by("seq"), dossierId);
    }

    public SignOffActEntity act(UUID dossierId, int criterion, String sector, SignOffAct act, Actor actor, String note) {
        SignOffActEntity a = new SignOffActEntity();
        a.dossierId = dossierId;
        a.seq = (int) SignOffActEntity.count("dossierId", dossierId) + 1;
        a.criterionNumber = criterion;
        a.sector = sector;
        a.act = act;
        a.actedBy = actor.subject();
        a.actedRoles = actor.rolesText();
        a.actedAt = Instant.now(clock);
        a.note = VietnameseText.nfc(note);
        a.persist();
        return a;
    }

    public Instant now() {
        return Instant.now(clock);
    }
}
