package vn.ntm.campaign.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ntm.campaign.CampaignSettings;
import vn.ntm.campaign.Level;
import vn.ntm.campaign.results.ResultApi.PublicationPlace;
import vn.ntm.campaign.results.ResultApi.PublicationRequest;
import vn.ntm.campaign.results.ResultApi.PublicationView;
import vn.ntm.campaign.results.ResultApi.SurveyResult;
import vn.ntm.campaign.security.CampaignAccess;
import vn.ntm.campaign.support.Jdbc;
import vn.ntm.campaign.support.Today;
import vn.ntm.campaign.surveys.Survey;
import vn.ntm.campaign.surveys.SurveyService;
import vn.ntm.campaign.surveys.SurveyState;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.text.VietnameseText;

/** Closing a survey (the result is computed and frozen then), reading results, and recording their publication. */
@ApplicationScoped
public class ResultService {

    @Inject
    ThresholdPolicy thresholds;

    @Inject
    CampaignSettings settings;

    @Inject
    CurrentActor actor;

    /**
     * OPEN → CLOSED. The survey row is locked exclusively first: forms being written hold it shared, so the close waits
     * for them, and forms arriving later see CLOSED. The thresholds in force now are stored with the result.
     */
    @Transactional
    public SurveyResult close(UUID surveyId, String ifMatch) {
        Actor acting = actor.get();
        Survey survey = SurveyService.lock(surveyId, ifMatch, acting);
        if (survey.state != SurveyState.OPEN) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "The survey is " + survey.state + "; only an OPEN survey can be closed.",
                    null, Map.of("state", survey.state.name()));
        }
        SurveyRule rule = thresholds.forSurvey(survey);
        int reasons = settings.survey().reasonsPerQuestion();
        Jdbc.inTransaction(conn -> {
            ResultFreezer.freeze(conn, surveyId, rule, reasons);
            return null;
        });
        String who = acting.subject();
        survey.state = SurveyState.CLOSED;
        survey.closedAt = Instant.now();
        survey.closedBy = who;
        survey.touch(who);
        survey.flush();
        return read(surveyId).orElseThrow();
    }

    /**
     * The result as this caller may see it: whole for the survey's Front surveyor and administrators, who hold the
     * forms anyway; with its small cells withheld for everyone else (SmallCells).
     */
    private SurveyResult forCaller(SurveyResult result) {
        if (CampaignAccess.isSurveyorOf(actor.get(), result.provinceCode(), result.communeCode())) {
            return result;
        }
        return SmallCells.protect(result, settings.privacy().minCellSize());
    }

    @Transactional
    public SurveyResult results(UUID surveyId) {
        Survey survey = SurveyService.find(surveyId);
        if (survey.state != SurveyState.CLOSED) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "The survey is " + survey.state
                    + "; its result is computed when it is closed (POST /api/v1/surveys/" + surveyId + "/close). "
                    + "The forms returned so far are on GET /api/v1/surveys/" + surveyId + ".", null, Map.of("state", survey.state.name()));
        }
        return forCaller(read(surveyId).orElseThrow());
    }

    /** The latest closed survey of the commune matching the purpose given (level and year both optional). */
    @Transactional
    public SurveyResult satisfaction(String communeCode, Level level, Integer year) {
        StringBuilder sql = new StringBuilder("SELECT id FROM survey WHERE commune_code = ? AND state = 'CLOSED'");
        if (level != null) {
            sql.append(" AND purpose = 'RECOGNITION' AND level = ?");
        }
        if (year != null) {
            sql.append(" AND year = ?");
        }
        sql.append(" ORDER BY closed_at DESC, id LIMIT 1");
        Optional<UUID> latest = Jdbc.inTransaction(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setString(i++, communeCode);
                if (level != null) {
                    ps.setString(i++, level.name());
                }
                if (year != null) {
                    ps.setInt(i, year);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty();
                }
            }
        });
        return latest.flatMap(this::read).map(this::forCaller).orElseThrow(() -> new ApiException(ProblemType.NOT_FOUND,
                "Commune " + communeCode + " has no closed satisfaction survey" + (level == null ? "" : " for level " + level)
                        + (year == null ? "" : " in " + year) + "."));
    }

    @Transactional
    public PublicationView publish(UUID surveyId, PublicationRequest request) {
        Actor acting = actor.get();
        Survey survey = SurveyService.findToAdminister(surveyId, acting);
        if (survey.state != SurveyState.CLOSED) {
            throw new ApiException(ProblemType.INVALID_TRANSITION, "The survey is " + survey.state
                    + "; a result is published after the survey is closed.", null, Map.of("state", survey.state.name()));
        }
        LocalDate closedOn = LocalDate.ofInstant(survey.closedAt, Today.VIETNAM);
        if (request.publishedOn().isBefore(closedOn)) {
            throw ApiException.unprocessable("The result cannot be published before it exists.",
                    List.of(new Problem.FieldError("publishedOn", "must be on or after " + closedOn + ", the day the survey closed")));
        }
        if (request.publishedOn().isAfter(Today.inVietnam())) {
            throw ApiException.invalidField("publishedOn", "must not be in the future; record a publication once it has happened");
        }
        List<PublicationPlace> places = request.places().stream().distinct().toList();
        String who = acting.subject();
        return Jdbc.inTransaction(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO survey_publication (survey_id, published_on, places, note, recorded_by) VALUES (?, ?, ?, ?, ?) "
                            + "RETURNING recorded_at")) {
                ps.setObject(1, surveyId);
                ps.setObject(2, request.publishedOn());
                ps.setArray(3, conn.createArrayOf("text", places.stream().map(Enum::name).toArray()));
                ps.setString(4, VietnameseText.nfc(request.note()));
                ps.setString(5, who);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new PublicationView(request.publishedOn(), places, VietnameseText.nfc(request.note()),
                            Jdbc.instant(rs.getTimestamp(1)), who);
                }
            }
        });
    }

    private Optional<SurveyResult> read(UUID surveyId) {
        return Jdbc.inTransaction(conn -> ResultReader.read(conn, surveyId));
    }
}
