package vn.ntm.campaign.disclosures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import vn.ntm.campaign.Level;
import vn.ntm.campaign.surveys.SurveyPurpose;
import vn.ntm.common.privacy.Disclosure;
import vn.ntm.common.privacy.DisclosureLog;

/**
 * campaign-service's words for the disclosure log: its categories and record types, and the purpose a survey's forms
 * were collected under. Writes go through platform-common's {@link DisclosureLog}, outside any transaction of the
 * caller: the log commits on its own connection, which a JTA transaction would otherwise enlist.
 */
@ApplicationScoped
public class Disclosures {

    /** A household's answers and reasons (survey_response, survey_answer). */
    public static final String SURVEY_ANSWERS = "SURVEY_ANSWERS";
    /** Contributors' names and notes (contribution.source, note). */
    public static final String CONTRIBUTOR_NAMES = "CONTRIBUTOR_NAMES";

    /** Record type of a form: its responseId is the record id, so a data subject's forms find their disclosures. */
    public static final String FORM = "survey_response";
    public static final String CONTRIBUTION = "contribution";

    @Inject
    DisclosureLog log;

    /** The purpose a survey's forms serve, as the log records it: "RECOGNITION NTM 2026", "PERIODIC 2026". */
    public static String surveyPurpose(SurveyPurpose purpose, Level level, int year) {
        return purpose + (level == null ? "" : " " + level) + " " + year;
    }

    /** Logs a read of forms of one survey (nothing when no form is read). */
    public void formsRead(String purpose, List<UUID> responseIds, String provinceCode, String communeCode) {
        record(Disclosure.read(SURVEY_ANSWERS, purpose, FORM, responseIds.stream().map(UUID::toString).toList(), provinceCode, communeCode));
    }

    public void record(Disclosure d) {
        QuarkusTransaction.suspendingExisting().run(() -> log.record(d));
    }
}
