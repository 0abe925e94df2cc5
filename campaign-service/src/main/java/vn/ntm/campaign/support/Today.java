package vn.ntm.campaign.support;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Calendar dates as the officials entering them see them. Timestamps are UTC; a date such as "contributed on"
 * or "published on" is a Vietnamese calendar day, so "not in the future" is judged in Asia/Ho_Chi_Minh.
 */
public final class Today {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Today() {
    }

    public static LocalDate inVietnam() {
        return LocalDate.now(VIETNAM);
    }
}
