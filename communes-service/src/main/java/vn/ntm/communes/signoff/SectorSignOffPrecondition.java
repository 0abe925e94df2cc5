package vn.ntm.communes.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.communes.certification.DossierApi.UnmetCondition;
import vn.ntm.communes.certification.DossierEntity;
import vn.ntm.communes.certification.DossierPrecondition;
import vn.ntm.communes.signoff.DossierCriteria.CriterionRef;

/** SECTOR_SIGN_OFF: every criterion of the dossier approved by its department. One unmet condition per department still owing. */
@ApplicationScoped
public class SectorSignOffPrecondition implements DossierPrecondition {

    public static final String CODE = "SECTOR_SIGN_OFF";

    @Inject
    DossierCriteria dossierCriteria;

    @Inject
    SignOffRecords records;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public void check(DossierEntity dossier, LocalDate stepDate, List<UnmetCondition> unmet, Map<String, Object> checks) {
        List<CriterionRef> criteria = dossierCriteria.of(dossier);
        Map<Integer, CriterionSignOffEntity> standings = records.standings(dossier.id);
        Map<String, List<String>> owing = new LinkedHashMap<>();
        int approved = 0;
        for (CriterionRef c : criteria) {
            CriterionSignOffEntity r = standings.get(c.number());
            SignOffStatus status = r == null ? SignOffStatus.PENDING : r.status;
            if (status == SignOffStatus.APPROVED) {
                approved++;
            } else {
                owing.computeIfAbsent(c.sector(), k -> new ArrayList<>()).add(c.number() + " (" + c.nameVi() + ", " + status + ")");
            }
        }
        owing.forEach((sector, list) -> unmet.add(new UnmetCondition(CODE, sector + " has not approved criteria " + String.join("; ", list)
                + ". Each sector department confirms the criteria it is responsible for before the council votes (domain reference B.3, step 7).")));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("approved", approved);
        summary.put("total", criteria.size());
        summary.put("version", records.version(dossier.id));
        checks.put("sectorSignOff", summary);
    }
}
