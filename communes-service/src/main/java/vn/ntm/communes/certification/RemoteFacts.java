package vn.ntm.communes.certification;

import java.util.Optional;

/** What the other services said, fetched before the transaction so that a failure there writes nothing. */
record RemoteFacts(Optional<CampaignClient.Satisfaction> survey, Optional<OcopClient.Summary> ocop, boolean surveyAsked, boolean ocopAsked) {

    static RemoteFacts none() {
        return new RemoteFacts(Optional.empty(), Optional.empty(), false, false);
    }
}
