package vn.ntm.campaign.surveys;

/** DRAFT (questionnaire and villages editable) → OPEN (collecting forms, questionnaire frozen) → CLOSED (result frozen). */
public enum SurveyState {
    DRAFT,
    OPEN,
    CLOSED
}
