package vn.ntm.communes.certification;

import java.util.List;
import vn.ntm.communes.certification.DossierApi.CriterionSignature;

/**
 * The sector departments' standing on each criterion, shown in the dossier itself (issue 17: "the dossier shows, per
 * criterion, who signed and when, what was returned and why"). The sign-off feature provides it, as it provides the
 * SECTOR_SIGN_OFF condition, so the workflow does not depend on how sign-offs are kept.
 */
public interface CriteriaSignatures {

    /** One entry per criterion of the dossier's set once it was submitted or acted on; empty before. */
    List<CriterionSignature> of(DossierEntity dossier);
}
