package vn.ntm.campaign.contributions;

import vn.ntm.campaign.contributions.ContributionApi.ContributionView;
import vn.ntm.campaign.contributions.ContributionApi.MaterialsInput;

/** Entities to API records. */
final class ContributionMapper {

    private ContributionMapper() {
    }

    static ContributionView view(Contribution c) {
        MaterialsInput materials = c.materialsDescription == null ? null : new MaterialsInput(c.materialsDescription, c.materialsValueVnd);
        return new ContributionView(c.id, c.campaignId, c.communeCode, c.communeName, c.provinceCode, c.kind, c.contributedOn,
                c.source, c.amountVnd, c.landAreaM2, c.workingDays, materials, c.note, c.recordedAt, c.recordedBy);
    }
}
