package vn.ntm.campaign.responses;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import vn.ntm.campaign.CampaignSettings;
import vn.ntm.campaign.responses.ResponseStore.LockedSurvey;
import vn.ntm.campaign.responses.ResponseStore.Structure;

/**
 * The questions and villages of surveys that have left DRAFT, kept in memory so that a form is checked without a query
 * for them. They cannot change any more: the service edits them only while the survey is a DRAFT (SurveyService
 * lockDraft), a survey never goes back to DRAFT, and a trigger (V12, survey_structure_frozen) refuses any write to
 * them once the survey has opened, whoever makes it. So an entry never goes stale and no instance needs to be told
 * about a change. The state and the questionnaire version are not kept here: they are read with every form under the
 * survey's row lock (ResponseStore.lockSurvey). Bounded by ntm.campaign.survey.questionnaire-cache-size; the least
 * recently used surveys are read again from the database when needed.
 */
@ApplicationScoped
public class FrozenQuestionnaires {

    private final Cache<UUID, Structure> structures;

    FrozenQuestionnaires(CampaignSettings settings) {
        this.structures = Caffeine.newBuilder().maximumSize(settings.survey().questionnaireCacheSize()).build();
    }

    /** What a form of this survey is checked against; the survey must have been read under its lock, and not be a DRAFT. */
    Questionnaire of(Connection conn, LockedSurvey survey) throws SQLException {
        if (Questionnaire.DRAFT.equals(survey.state())) {
            throw new IllegalStateException("the questionnaire of a DRAFT survey is not frozen");
        }
        Structure structure = structures.getIfPresent(survey.id());
        if (structure == null) {
            // Read in the caller's transaction, after its shared lock on an opened survey: this is the frozen structure.
            structure = ResponseStore.structure(conn, survey.id());
            structures.put(survey.id(), structure);
        }
        return new Questionnaire(survey.state(), survey.questionnaireVersion(), structure.questions(), structure.villages());
    }

    /** Whether the structure of the survey is in memory (for tests). */
    boolean holds(UUID surveyId) {
        return structures.getIfPresent(surveyId) != null;
    }
}
