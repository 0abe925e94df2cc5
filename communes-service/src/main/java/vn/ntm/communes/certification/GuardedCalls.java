package vn.ntm.communes.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.ntm.communes.Level;

/**
 * The fault-tolerant calls themselves: a 404 passes through the breaker as a normal (empty) answer. The annotations
 * sit on the class so that the class-level settings in application.properties
 * (quarkus.fault-tolerance."vn.ntm.communes.certification.GuardedCalls".*) apply; each method still has its own
 * breaker, so campaign-service being down does not cut ocop-service off.
 */
@ApplicationScoped
@Timeout(2000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000)
public class GuardedCalls {

    @Inject
    @RestClient
    CampaignClient campaign;

    @Inject
    @RestClient
    OcopClient ocop;

    public Optional<CampaignClient.Satisfaction> satisfaction(String communeCode, Level level, int year) {
        try {
            return Optional.ofNullable(campaign.satisfaction(communeCode, level.name(), year));
        } catch (RemoteAnswers.NotFound e) {
            return Optional.empty();
        }
    }

    public Optional<OcopClient.Summary> ocop(String communeCode, LocalDate asOf) {
        try {
            return Optional.ofNullable(ocop.summary(communeCode, asOf.toString()));
        } catch (RemoteAnswers.NotFound e) {
            return Optional.empty();
        }
    }
}
