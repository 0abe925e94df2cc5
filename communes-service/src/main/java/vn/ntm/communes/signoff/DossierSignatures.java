package vn.ntm.communes.signoff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.ntm.communes.certification.CriteriaSignatures;
import vn.ntm.communes.certification.DossierApi.CriterionSignature;
import vn.ntm.communes.certification.DossierEntity;
import vn.ntm.communes.certification.DossierState;

/** The sign-off sheet in the dossier view: every criterion's standing, without the act-by-act history. */
@ApplicationScoped
public class DossierSignatures implements CriteriaSignatures {

    @Inject
    SignOffService signOffs;

    @Inject
    SignOffRecords records;

    @Override
    public List<CriterionSignature> of(DossierEntity d) {
        // before the submission no department has anything to sign: the view stays as it was
        if (DossierCriteria.step(d, DossierState.SUBMISSION).isEmpty() && records.version(d.id) == 0) {
            return List.of();
        }
        return signOffs.view(d).criteria().stream()
                .map(c -> new CriterionSignature(c.criterionNumber(), c.nameVi(), c.sector().code(), c.status().name(), c.approvedBy(), c.approvedAt(),
                        c.approvalNote(), c.returnedBy(), c.returnedAt(), c.returnReason(), c.correctedAt()))
                .toList();
    }
}
