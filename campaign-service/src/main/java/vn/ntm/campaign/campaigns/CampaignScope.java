package vn.ntm.campaign.campaigns;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What another feature needs to know about a campaign to attach something to it: its period and scope,
 * read at {@code version} (re-checked when the attachment is written).
 */
public record CampaignScope(UUID campaignId, long version, ScopeType type, String provinceCode,
                            Map<String, CampaignCommune> communes, LocalDate startDate, LocalDate endDate) {

    public boolean runsOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    public String period() {
        return "from " + startDate + (endDate == null ? " (no end date)" : " to " + endDate);
    }
}
