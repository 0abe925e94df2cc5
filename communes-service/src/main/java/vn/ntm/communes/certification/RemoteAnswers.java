package vn.ntm.communes.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import vn.ntm.common.problem.ApiException;
import vn.ntm.communes.Level;

/**
 * Calls to campaign-service and ocop-service with a timeout and a circuit breaker each (settings in
 * application.properties). A 404 is an answer (empty); anything else that goes wrong (timeout, refused connection,
 * 5xx, open circuit) becomes a 503 problem, before anything is written.
 */
@ApplicationScoped
public class RemoteAnswers {

    /** The other service answered 404. */
    public static class NotFound extends RuntimeException {
        NotFound() {
            super("404", null, false, false);
        }
    }

    /** The other service answered an error. */
    public static class Failed extends RuntimeException {
        Failed(int status) {
            super("HTTP " + status, null, false, false);
        }
    }

    @Inject
    GuardedCalls guarded;

    public Optional<CampaignClient.Satisfaction> satisfaction(String communeCode, Level level, int year) {
        return call("campaign-service", () -> guarded.satisfaction(communeCode, level, year));
    }

    public Optional<OcopClient.Summary> ocopSummary(String communeCode, LocalDate asOf) {
        return call("ocop-service", () -> guarded.ocop(communeCode, asOf));
    }

    private static <T> Optional<T> call(String dependency, Supplier<Optional<T>> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw ApiException.dependencyUnavailable(dependency);
        }
    }
}
