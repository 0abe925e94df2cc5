package vn.ntm.ocop.commune;

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
 * The remote lookup with its fault tolerance. A 404 is an answer (no such commune), returned as empty so that it
 * never counts as a failure for the retry or the circuit breaker. Every value can be overridden with the
 * MicroProfile Fault Tolerance keys, e.g. {@code vn.ntm.ocop.commune.CommuneDirectory/find/Timeout/value}.
 */
@ApplicationScoped
public class CommuneDirectory {

    @Inject
    @RestClient
    CommunesClient client;

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<CommuneAnswer> find(String code, LocalDate asOf) {
        try {
            return Optional.ofNullable(client.commune(code, asOf));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
