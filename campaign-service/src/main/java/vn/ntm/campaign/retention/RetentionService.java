package vn.ntm.campaign.retention;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
import vn.ntm.campaign.responses.FormErasure;
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
        List<KindPolicy> kinds = java.util.Arrays.stream(RetentionKind.values()).map(k -> kind(k, settings.of(k))).toList();
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
        Instant surveyLinkCutoff = here.minus(settings.of(RetentionKind.HOUSEHOLD_LINK).period()).toInstant();
        Instant surveyFormsCutoff = here.minus(settings.of(RetentionKind.SURVEY_FORMS).period()).toInstant();
        LocalDate campaignCutoff = here.toLocalDate().minus(settings.of(RetentionKind.CONTRIBUTOR_NAMES).period());
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
        RetentionSettings.Kind k = settings.of(kind);
        return k.period() + ": " + k.basis();
    }

    /** Erases the forms of surveys closed before {@code cutoff}; returns the forms deleted. */
    static long eraseForms(Connection conn, Instant cutoff) throws SQLException {
        return FormErasure.erase(conn, "s.state = 'CLOSED' AND s.closed_at < ?", ps -> ps.setTimestamp(1, Timestamp.from(cutoff)));
    }

    /** Removes what ties each form of a survey closed before {@code cutoff} to a household or a person (officers' names stay). */
    static long unlinkHouseholds(Connection conn, Instant cutoff) throws SQLException {
        return FormErasure.unlink(conn, "s.closed_at < ?", ps -> ps.setTimestamp(1, Timestamp.from(cutoff)));
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
}
