package vn.ntm.campaign.communes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The guarded call to communes-service. A 404 is an answer (no such commune), so it is returned, not thrown,
 * and never counts against the circuit breaker. Timeouts, 5xx and connection failures do, and propagate.
 * Every value here can be overridden with MicroProfile Fault Tolerance configuration
 * ({@code vn.ntm.campaign.communes.CommuneDirectory/lookup/Timeout/value=...}).
 */
@ApplicationScoped
public class CommuneDirectory {

    @Inject
    @RestClient
    CommunesClient client;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
    public Optional<CommuneAnswer> lookup(String code, LocalDate asOf) {
        return orEmptyOn404(() -> client.commune(code, asOf.toString()));
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
    public Optional<ProvinceAnswer> lookupProvince(String code, LocalDate asOf) {
        return orEmptyOn404(() -> client.province(code, asOf.toString()));
    }

    /** The survey rule of the recognition procedure in force on {@code date} for {@code level}; empty when none is (404). */
    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS, successThreshold = 2)
    public Optional<SurveyRuleAnswer> surveyRule(String level, LocalDate date) {
        return orEmptyOn404(() -> client.surveyRule(level, date.toString()));
    }

    /** A 404 is an answer ("there is none"); every other failure propagates and counts against the breaker. */
    private static <T> Optional<T> orEmptyOn404(java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
