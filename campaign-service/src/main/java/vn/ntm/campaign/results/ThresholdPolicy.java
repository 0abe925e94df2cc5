package vn.ntm.campaign.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ntm.campaign.CampaignSettings;
import vn.ntm.campaign.surveys.Survey;
import vn.ntm.campaign.surveys.SurveyPurpose;

/** Picks the thresholds a survey is judged by: per recognition level, or the periodic ones. */
@ApplicationScoped
public class ThresholdPolicy {

    @Inject
    CampaignSettings settings;

    public CampaignSettings.Thresholds forSurvey(Survey survey) {
        CampaignSettings.Survey s = settings.survey();
        if (survey.purpose == SurveyPurpose.PERIODIC) {
            return s.periodic();
        }
        return switch (survey.level) {
            case NTM -> s.ntm();
            case ADVANCED -> s.advanced();
            case MODEL -> s.model();
        };
    }
}
