package vn.ntm.campaign.campaigns;

import java.util.Comparator;
import vn.ntm.campaign.campaigns.CampaignApi.CampaignActivityView;
import vn.ntm.campaign.campaigns.CampaignApi.CampaignView;
import vn.ntm.campaign.campaigns.CampaignApi.CommuneView;
import vn.ntm.campaign.campaigns.CampaignApi.ScopeView;

/** Entities to API records. */
final class CampaignMapper {

    private CampaignMapper() {
    }

    static CampaignView view(Campaign c) {
        ScopeView scope = c.scopeType == ScopeType.PROVINCE
                ? new ScopeView(c.scopeType, c.provinceCode, null)
                : new ScopeView(c.scopeType, null, c.communes.stream()
                        .sorted(Comparator.comparing(cc -> cc.code))
                        .map(cc -> new CommuneView(cc.code, cc.name, cc.provinceCode)).toList());
        return new CampaignView(c.id, c.name, c.kind, c.organiser, scope, c.startDate, c.endDate, c.description, c.purpose, c.legalBasis, c.notice,
                c.createdAt, c.createdBy, c.updatedAt, c.updatedBy, c.version);
    }

    static CampaignActivityView view(CampaignActivity a) {
        return new CampaignActivityView(a.id, a.campaignId, a.title, a.description, a.communeCode, a.communeName, a.provinceCode,
                a.place, a.startDate, a.endDate, a.participants, a.recordedAt, a.recordedBy);
    }
}
