package vn.ntm.common.dbfailure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.problem.Problems;

/**
 * The answer to a request that failed because PostgreSQL could not be reached: {@code 503 dependency-unavailable}
 * with {@code Retry-After}, and {@code context.outcome} telling the client whether its write is known not recorded or
 * its outcome is unknown (see {@link DatabaseFailures.Outcome}).
 */
@ApplicationScoped
public class DatabaseOutageAnswers {

    private static final Logger LOG = Logger.getLogger(DatabaseOutageAnswers.class);

    @Inject
    DatabaseSettings settings;

    /** The 503 answer when {@code failure} is a lost database; empty otherwise. */
    public Optional<Response> answer(Throwable failure, String instance) {
        return DatabaseFailures.classify(failure).map(outcome -> answer(outcome, failure, instance));
    }

    Response answer(DatabaseFailures.Outcome outcome, Throwable failure, String instance) {
        // one line, no stack: during an outage every request fails the same way
        LOG.warnf("Database unavailable on %s (outcome %s): %s", instance, outcome.wire(), rootMessage(failure));
        String detail = outcome == DatabaseFailures.Outcome.UNKNOWN
                ? "The database connection failed while your write was being committed: it may or may not be recorded. "
                        + "Retry with the same Idempotency-Key, or read the record before writing it again."
                : "The database is unavailable; nothing was recorded. Retry after the delay in Retry-After.";
        long seconds = Math.max(1, (settings.retryAfter().toMillis() + 999) / 1000);
        return Response.fromResponse(Problems.response(Problems.of(ProblemType.DEPENDENCY_UNAVAILABLE, 503, detail, instance,
                        null, Map.of("dependency", "database", "outcome", outcome.wire()))))
                .header("Retry-After", seconds)
                .build();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
