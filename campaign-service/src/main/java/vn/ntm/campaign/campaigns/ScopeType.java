package vn.ntm.campaign.campaigns;

/** Where a campaign runs: a whole province, or a list of communes. */
public enum ScopeType {
    PROVINCE,
    COMMUNES
}
