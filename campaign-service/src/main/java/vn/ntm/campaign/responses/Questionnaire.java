package vn.ntm.campaign.responses;

import java.util.Map;
import java.util.Set;

/**
 * What a form is checked against: the survey's state and questionnaire version (read under the survey's row lock), its
 * questions and villages (frozen since it opened, see FrozenQuestionnaires).
 *
 * @param questions question code → position, in questionnaire order
 */
record Questionnaire(String state, int version, Map<String, Integer> questions, Set<String> villages) {

    static final String DRAFT = "DRAFT";
    static final String OPEN = "OPEN";

    boolean open() {
        return OPEN.equals(state);
    }
}
