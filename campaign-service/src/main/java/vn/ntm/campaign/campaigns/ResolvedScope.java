package vn.ntm.campaign.campaigns;

import java.util.List;

/** A campaign scope after its communes have been checked against communes-service. */
record ResolvedScope(ScopeType type, String provinceCode, List<CampaignCommune> communes) {
}
