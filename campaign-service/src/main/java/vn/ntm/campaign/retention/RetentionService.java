package vn.ntm.campaign.retention;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.ntm.campaign.retention.RetentionApi.KindPolicy;
import vn.ntm.campaign.retention.RetentionApi.RetentionPolicy;
import vn.ntm.campaign.retention.RetentionApi.RetentionRun;
import vn.ntm.campaign.retention.RetentionApi.StepCount;
import vn.ntm.campaign.support.Today;

/**
 * Erases or anonymises the personal data whose retention period has passed, one kind after the other, in one
 * transaction, and records what it did as counts (never contents) in {@code retention_run}. Frozen results
 * ({@code survey_result*}) and the statistics read from them are never touched: the job only reaches the raw forms
 * and contributors' names, which no published figure is computed from after a survey closes.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    /** What a contributor's name becomes: the row, its amount and its date stay, so campaign totals do not move. */
    static final String ANONYMISED_SOURCE = "Đã ẩn danh (hết thời hạn lưu trữ)";

    @Inject
    RetentionSettings settings;

    @Inject
    AgroalDataSource dataSource;

    /** The policy in force and the latest runs, newest first. */
    public RetentionPolicy policy(int lastRuns) {
        List<KindPolicy> kinds = List.of(
                kind(RetentionKind.HOUSEHOLD_LINK, settings.householdLink()),
                kind(RetentionKind.SURVEY_FORMS, settings.surveyForms()),
                kind(RetentionKind.CONTRIBUTOR_NAMES, settings.contributorNames()));
        return new RetentionPolicy(settings.cron(), kinds, RetentionRuns.latest(dataSource, lastRuns));
    }

    private static KindPolicy kind(RetentionKind kind, RetentionSettings.Kind setting) {
        return new KindPolicy(kind, kind.what, kind.after, setting.period().toString(), setting.basis(), kind.action);
    }

    /**
     * Runs every kind as of {@code now}. {@code trigger} says who asked: {@code schedule} or the administrator's subject.
     */
    public RetentionRun run(Instant now, String trigger) {
        ZonedDateTime here = now.atZone(Today.VIETNAM);
        Instant surveyLinkCutoff = here.minus(settings.householdLink().period()).toInstant();
        Instant surveyFormsCutoff = here.minus(settings.surveyForms().period()).toInstant();
        LocalDate campaignCutoff = here.toLocalDate().minus(settings.contributorNames().period());
        List<StepCount> counts = new ArrayList<>();
        try (Connection conn = dataSource.getConnection()) {
            boolean auto = conn.getAutoCommit();
            conn.setAutoCommit(false);
            try {
                // forms first: a form erased needs no unlinking, so the link count is only of forms that stay
                counts.add(new StepCount(RetentionKind.SURVEY_FORMS, surveyFormsCutoff.toString(), eraseForms(conn, surveyFormsCutoff)));
                counts.add(new StepCount(RetentionKind.HOUSEHOLD_LINK, surveyLinkCutoff.toString(), unlinkHouseholds(conn, surveyLinkCutoff)));
                counts.add(new StepCount(RetentionKind.CONTRIBUTOR_NAMES, campaignCutoff.toString(),
                        anonymiseContributors(conn, campaignCutoff, here.toLocalDate())));
                RetentionRun run = RetentionRuns.record(conn, now, trigger, counts, this::basisOf);
                conn.commit();
                LOG.infof("Retention run %d (%s): %s", run.id(), trigger,
                        String.join(", ", counts.stream().map(c -> c.kind() + "=" + c.affected()).toList()));
                return run;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The retention run failed; nothing was erased", e);
        }
    }

    private String basisOf(RetentionKind kind) {
        return switch (kind) {
            case HOUSEHOLD_LINK -> settings.householdLink().period() + ": " + settings.householdLink().basis();
            case SURVEY_FORMS -> settings.surveyForms().period() + ": " + settings.surveyForms().basis();
            case CONTRIBUTOR_NAMES -> settings.contributorNames().period() + ": " + settings.contributorNames().basis();
        };
    }

    /** Deletes the answers and forms of surveys closed before {@code cutoff}; returns the forms deleted. */
    static long eraseForms(Connection conn, Instant cutoff) throws SQLException {
        update(conn, """
                DELETE FROM survey_answer a USING survey s
                WHERE a.survey_id = s.id AND s.state = 'CLOSED' AND s.closed_at < ?
                """, cutoff);
        return update(conn, """
                DELETE FROM survey_response r USING survey s
                WHERE r.survey_id = s.id AND s.state = 'CLOSED' AND s.closed_at < ?
                """, cutoff);
    }

    /**
     * Removes what ties a form of a survey closed before {@code cutoff} to a household or a person: the household's keyed
     * hash, and a citizen's pseudonym (replaced by the role, as public views show it). Officers' names stay: they act in
     * office. Returns the forms unlinked.
     */
    static long unlinkHouseholds(Connection conn, Instant cutoff) throws SQLException {
        return update(conn, """
                UPDATE survey_response r
                SET household_hash = NULL,
                    recorded_by = CASE WHEN r.recorded_by LIKE 'citizen~%' THEN 'citizen' ELSE r.recorded_by END
                FROM survey s
                WHERE r.survey_id = s.id AND s.state = 'CLOSED' AND s.closed_at < ? AND r.household_hash IS NOT NULL
                """, cutoff);
    }

    /** Replaces the names and notes of contributions to campaigns that ended before {@code cutoff}; returns the rows changed. */
    static long anonymiseContributors(Connection conn, LocalDate cutoff, LocalDate today) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("""
                UPDATE contribution c SET source = ?, note = NULL, anonymised_on = ?
                FROM campaign k
                WHERE k.id = c.campaign_id AND k.end_date IS NOT NULL AND k.end_date < ? AND c.anonymised_on IS NULL
                """)) {
            ps.setString(1, ANONYMISED_SOURCE);
            ps.setObject(2, today);
            ps.setObject(3, cutoff);
            return ps.executeUpdate();
        }
    }

    private static long update(Connection conn, String sql, Instant cutoff) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(cutoff));
            return ps.executeUpdate();
        }
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
