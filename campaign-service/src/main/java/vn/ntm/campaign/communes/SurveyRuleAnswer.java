package vn.ntm.campaign.communes;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * communes-service's answer to {@code GET /api/v1/procedure-versions/survey-rule?level=&date=}: the satisfaction-survey
 * rule of the recognition procedure version in force on that date. The procedure version is the one place this rule
 * lives (issue 17), so that a result the Front publishes as passed means the same to certification.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SurveyRuleAnswer(String procedureCode, Integer version, String level, BigDecimal coverageFloor, BigDecimal passRate,
                               Boolean everyVillageMustPass, String source, String confidence) {

    /** How results name the rule they were judged under: {@code "{procedureCode}/v{n}"}, as communes-service compares it. */
    public String ruleVersion() {
        return procedureCode + "/v" + version;
    }
}
