package vn.ntm.campaign.contributions;

/** What residents contributed; each kind is measured in its own unit. */
public enum ContributionKind {
    /** Money, in VND ({@code amountVnd}). */
    MONEY,
    /** Land donated for public works, in m² ({@code landAreaM2}). */
    LAND,
    /** Working days (ngày công) given ({@code workingDays}). */
    LABOUR,
    /** Materials, described with an estimated value in VND ({@code materials}). */
    MATERIALS
}
