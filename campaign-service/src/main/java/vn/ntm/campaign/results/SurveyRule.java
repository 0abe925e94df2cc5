package vn.ntm.campaign.results;

import java.math.BigDecimal;

/**
 * The rule a survey is judged by when it closes, stored with its result.
 *
 * @param ruleVersion the recognition procedure version the rule comes from ({@code "NTM-RECOGNITION/v2"}), or null for
 *                    a periodic survey, which no recognition procedure governs and whose rule is campaign-service's setting
 */
public record SurveyRule(BigDecimal passRate, BigDecimal coverageFloor, boolean everyVillageMustPass, String source, String ruleVersion) {
}
