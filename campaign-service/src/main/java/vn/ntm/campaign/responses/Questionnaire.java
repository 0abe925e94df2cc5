package vn.ntm.campaign.responses;

import java.util.Map;
import java.util.Set;

/**
 * What a form is checked against: the survey's state and questionnaire (frozen since it opened) and its villages.
 *
 * @param questions question code → position, in questionnaire order
 */
record Questionnaire(String state, int version, Map<String, Integer> questions, Set<String> villages) {

    static final String OPEN = "OPEN";

    boolean open() {
        return OPEN.equals(state);
    }
}
