package vn.ntm.campaign.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.ntm.campaign.CampaignSettings;
import vn.ntm.campaign.communes.CommuneCheck;
import vn.ntm.campaign.communes.CommuneDirectory;
import vn.ntm.campaign.communes.SurveyRuleAnswer;
import vn.ntm.campaign.support.Today;
import vn.ntm.campaign.surveys.Survey;
import vn.ntm.campaign.surveys.SurveyPurpose;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.ProblemType;

/**
 * Picks the rule a survey is judged by. A recognition survey is judged by the satisfaction-survey rule of the
 * recognition procedure version in force on the day the survey started, read from communes-service: the procedure
 * version is the one place that rule lives (issue 17), so the Front's "passed" and certification's check cannot
 * disagree. The start day, not the close day, because households answered under the rule announced when the survey
 * opened. A periodic survey is not part of a recognition; its rule is this service's setting.
 */
@ApplicationScoped
public class ThresholdPolicy {

    private static final Logger LOG = Logger.getLogger(ThresholdPolicy.class);

    @Inject
    CampaignSettings settings;

    @Inject
    CommuneDirectory communes;

    /** The survey's start: the startDate its organiser gave, else the day it was opened, in Vietnam. */
    static LocalDate startOf(Survey survey) {
        return survey.startDate != null ? survey.startDate : LocalDate.ofInstant(survey.openedAt, Today.VIETNAM);
    }

    /**
     * @throws ApiException 503 when communes-service cannot answer, 422 when no procedure version in force on the
     *                      survey's start sets a rule for its level. Either way before anything is written.
     */
    public SurveyRule forSurvey(Survey survey) {
        if (survey.purpose == SurveyPurpose.PERIODIC) {
            CampaignSettings.Thresholds p = settings.survey().periodic();
            return new SurveyRule(p.passRate(), p.coverageFloor(), p.everyVillageMustPass(), p.source(), null);
        }
        LocalDate started = startOf(survey);
        Optional<SurveyRuleAnswer> answer;
        try {
            answer = communes.surveyRule(survey.level.name(), started);
        } catch (RuntimeException e) {
            LOG.warnf("communes-service could not give the survey rule for %s on %s: %s", survey.level, started, e.getClass().getSimpleName());
            throw ApiException.dependencyUnavailable(CommuneCheck.DEPENDENCY);
        }
        SurveyRuleAnswer rule = answer.orElseThrow(() -> new ApiException(ProblemType.PRECONDITION_UNMET,
                "No recognition procedure version in force on " + started + " (the survey's start) sets a satisfaction-survey rule for level "
                        + survey.level + ", so the survey cannot be judged. An administrator publishes one in communes-service "
                        + "(GET /api/v1/procedure-versions). Nothing was changed.", null,
                Map.of("unmetConditions", List.of(Map.of("code", "SURVEY_RULE", "message", "no survey rule for " + survey.level + " on " + started)))));
        if (rule.procedureCode() == null || rule.version() == null || rule.passRate() == null || rule.coverageFloor() == null || rule.source() == null) {
            LOG.warnf("communes-service answered an incomplete survey rule for %s on %s", survey.level, started);
            throw ApiException.dependencyUnavailable(CommuneCheck.DEPENDENCY);
        }
        return new SurveyRule(rule.passRate(), rule.coverageFloor(), Boolean.TRUE.equals(rule.everyVillageMustPass()),
                rule.source() + (rule.confidence() == null ? "" : " [" + rule.confidence() + "]"), rule.ruleVersion());
    }
}
