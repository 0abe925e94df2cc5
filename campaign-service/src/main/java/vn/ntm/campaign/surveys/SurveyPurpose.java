package vn.ntm.campaign.surveys;

/** Why a survey is run. */
public enum SurveyPurpose {
    /** Before a recognition at a level (NTM, ADVANCED, MODEL) for a year: condition 3 of Art. 4, Decision 18/2022/QĐ-TTg. */
    RECOGNITION,
    /** A periodic survey of residents' satisfaction, not tied to a recognition. */
    PERIODIC
}
