package vn.ntm.campaign.campaigns;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What another feature needs to know about a campaign to attach something to it: its period and scope,
 * read at {@code version} (re-checked when the attachment is written), and whether it records the purpose, legal basis
 * and notice that personal data of its contributors needs.
 */
public record CampaignScope(UUID campaignId, long version, ScopeType type, String provinceCode,
                            Map<String, CampaignCommune> communes, LocalDate startDate, LocalDate endDate,
                            boolean noticeRecorded) {

    /** The day the Personal Data Protection Law (91/2025/QH15) came into force. */
    public static final LocalDate PERSONAL_DATA_LAW = LocalDate.of(2026, 1, 1);

    public boolean runsOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    public String period() {
        return "from " + startDate + (endDate == null ? " (no end date)" : " to " + endDate);
    }
}
