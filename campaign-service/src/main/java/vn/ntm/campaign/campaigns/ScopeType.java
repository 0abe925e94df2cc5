package vn.ntm.campaign.campaigns;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a campaign runs: a whole province, or a list of communes. */
@Schema(name = "CampaignScopeType")
public enum ScopeType {
    PROVINCE,
    COMMUNES
}
