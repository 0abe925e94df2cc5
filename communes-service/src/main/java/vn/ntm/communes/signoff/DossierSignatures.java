package vn.ntm.communes.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.ntm.communes.certification.CriteriaSignatures;
import vn.ntm.communes.certification.DossierApi.CriterionSignature;
import vn.ntm.communes.certification.DossierEntity;
import vn.ntm.communes.certification.DossierState;

/** The sign-off sheet in the dossier view: every criterion's standing, without the act-by-act history. */
@ApplicationScoped
public class DossierSignatures implements CriteriaSignatures {

    @Inject
    DossierCriteria dossierCriteria;

    @Inject
    SignOffRecords records;

    @Override
    public List<CriterionSignature> of(DossierEntity d) {
        // before the submission no department has anything to sign: the view stays as it was
        if (DossierCriteria.step(d, DossierState.SUBMISSION).isEmpty() && records.version(d.id) == 0) {
            return List.of();
        }
        // the standings alone: the sheet's act-by-act history and the sector names (SignOffService.view) are not shown here
        Map<Integer, CriterionSignOffEntity> standings = records.standings(d.id);
        return dossierCriteria.of(d).stream().map(c -> {
            CriterionSignOffEntity r = standings.get(c.number());
            return r == null
                    ? new CriterionSignature(c.number(), c.nameVi(), c.sector(), SignOffStatus.PENDING.name(), null, null, null, null, null, null, null)
                    : new CriterionSignature(c.number(), c.nameVi(), c.sector(), r.status.name(), r.approvedBy, r.approvedAt, r.approvalNote,
                            r.returnedBy, r.returnedAt, r.returnReason, r.correctedAt);
        }).toList();
    }
}
