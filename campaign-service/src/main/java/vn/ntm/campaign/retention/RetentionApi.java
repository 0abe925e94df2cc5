package vn.ntm.campaign.retention;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What GET /api/v1/privacy/retention and a run answer. */
public final class RetentionApi {

    private RetentionApi() {
    }

    @Schema(name = "RetentionPolicy", description = "The retention period of each kind of personal data, its basis, and the latest runs of the job.")
    public record RetentionPolicy(@Schema(description = "When the job runs, once per cluster (Quartz cron)", example = "0 30 2 * * ?") String schedule,
                                  List<KindPolicy> kinds, List<RetentionRun> latestRuns) {
    }

    @Schema(name = "RetentionKindPolicy")
    public record KindPolicy(RetentionKind kind,
                             @Schema(example = "every form of the survey: answers and reasons") String what,
                             @Schema(example = "the survey's close") String countedFrom,
                             @Schema(description = "ISO-8601 period", example = "P5Y") String period,
                             @Schema(example = "[I] no instrument sets a period; ...") String basis,
                             @Schema(example = "erased: the frozen result and published statistics stay as they were") String action) {
    }

    @Schema(name = "RetentionRun", description = "One run of the retention job: counts only, never contents.")
    public record RetentionRun(long id, Instant ranAt,
                               @Schema(description = "schedule, or the administrator who ran it", example = "schedule") String trigger,
                               List<StepCount> steps) {
    }

    @Schema(name = "RetentionStepCount")
    public record StepCount(RetentionKind kind,
                            @Schema(description = "Data whose period ended before this instant (or day) were reached", example = "2021-12-07T02:30:00Z") String cutoff,
                            @Schema(description = "Rows erased, unlinked or anonymised", example = "6612") long affected) {
    }
}
