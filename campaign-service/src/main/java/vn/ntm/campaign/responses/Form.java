package vn.ntm.campaign.responses;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.ntm.campaign.responses.ResponseApi.AnswerInput;

/**
 * A form as the service checks and stores it, whichever way it came in.
 *
 * @param field prefix of the request fields of this form in problem answers ("" for a single form, "responses[3]." in a batch)
 */
record Form(int index, String field, UUID responseId, String villageCode, String householdId, List<AnswerInput> answers,
            Instant collectedAt) {

    @Override
    public String toString() {
        return "Form[index=" + index + ", responseId=" + responseId + ", householdId=***]";
    }
}
