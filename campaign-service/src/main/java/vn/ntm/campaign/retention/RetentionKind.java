package vn.ntm.campaign.retention;

/** The kinds of personal data campaign-service erases or anonymises when their retention period has passed. */
public enum RetentionKind {
    HOUSEHOLD_LINK("the household's keyed hash and a citizen's pseudonym on each form", "the survey's close",
            "removed: the answers stay, no longer tied to a household or account"),
    SURVEY_FORMS("every form of the survey: answers and reasons", "the survey's close",
            "erased: the frozen result and published statistics stay as they were"),
    CONTRIBUTOR_NAMES("the name (source) and note of each contribution to a campaign", "the campaign's end date",
            "anonymised: the contribution's kind, amount and date stay, so totals do not move");

    final String what;
    final String after;
    final String action;

    RetentionKind(String what, String after, String action) {
        this.what = what;
        this.after = after;
        this.action = action;
    }
}
