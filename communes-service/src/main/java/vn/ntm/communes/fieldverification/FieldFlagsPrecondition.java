package vn.ntm.communes.fieldverification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.ntm.communes.certification.DossierApi.UnmetCondition;
import vn.ntm.communes.certification.DossierEntity;
import vn.ntm.communes.certification.DossierPrecondition;

/** FIELD_FLAGS_RESOLVED: no open field flag on the dossier. One unmet condition per open flag. */
@ApplicationScoped
public class FieldFlagsPrecondition implements DossierPrecondition {

    public static final String CODE = "FIELD_FLAGS_RESOLVED";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void check(DossierEntity dossier, LocalDate stepDate, List<UnmetCondition> unmet, Map<String, Object> checks) {
        List<FieldFlagEntity> open = FieldFlagEntity.list("dossierId = ?1 AND state = ?2 ORDER BY openedAt, indicatorCode", dossier.id, FlagState.OPEN);
        for (FieldFlagEntity f : open) {
            unmet.add(new UnmetCondition(CODE, "Indicator " + f.indicatorCode + " (criterion " + f.criterionNumber + "): the commune declared "
                    + f.declaredValue + ", the field verification found " + f.foundValue + ". The commune corrects the value, or the team withdraws "
                    + "the flag with a reason (POST /api/v1/dossiers/" + dossier.id + "/field-verifications/" + f.verificationId + "/withdrawals)."));
        }
        checks.put("fieldFlags", Map.of("open", open.size(), "verifications", FieldVerificationEntity.count("dossierId", dossier.id)));
    }
}
