package vn.ntm.campaign.campaigns;

/** What kind of mobilisation a campaign is (section D.4 of the domain reference). */
public enum CampaignKind {
    /** Cuộc vận động, e.g. the Front's "Toàn dân đoàn kết xây dựng NTM, đô thị văn minh" (since November 2015). */
    CAMPAIGN,
    /** Phong trào thi đua, e.g. the government's "Cả nước chung sức xây dựng NTM" (2021–2025). */
    EMULATION_MOVEMENT
}
