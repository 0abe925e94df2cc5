package vn.ntm.campaign.results;

/** Lets tests of other packages enter forms the way SurveyResultTest does (a paper batch per village). */
public final class SurveyResultTestAccess {

    private SurveyResultTestAccess() {
    }

    public static void enter(String survey, String village, String... forms) {
        SurveyResultTest.enter(survey, village, forms);
    }
}
