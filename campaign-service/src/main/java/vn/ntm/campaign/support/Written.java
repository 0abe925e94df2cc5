package vn.ntm.campaign.support;

/** A write's outcome: the record, and whether it was created now or is the replay of an earlier identical write. */
public record Written<T>(T view, boolean created) {
}
