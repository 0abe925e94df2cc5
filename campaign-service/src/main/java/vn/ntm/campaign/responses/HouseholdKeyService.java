package vn.ntm.campaign.responses;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.ntm.campaign.support.Jdbc;

/** The state of a household-key rotation, read from the forms of open surveys (see HouseholdHasher). */
@ApplicationScoped
public class HouseholdKeyService {

    private static final Logger LOG = Logger.getLogger(HouseholdKeyService.class);

    /** How many forms of open surveys one key version holds. */
    public record VersionInUse(int keyVersion, long openSurveys, long forms) {
    }

    public record KeyStatus(int currentVersion, List<Integer> otherKnownVersions, List<VersionInUse> inOpenSurveys,
                            List<Integer> retirable, List<Integer> missing) {
    }

    private final HouseholdHasher hasher;

    HouseholdKeyService(HouseholdHasher hasher) {
        this.hasher = hasher;
    }

    @Transactional
    public KeyStatus status() {
        Map<Integer, long[]> inUse = Jdbc.inTransaction(HouseholdKeyRegister::versionsInOpenSurveys);
        return of(hasher.currentVersion(), hasher.otherVersions(), inUse);
    }

    /**
     * The status from the versions this replica knows and what open surveys hold: a known version no open survey holds
     * is retirable; a version open surveys hold that is neither current nor known is missing.
     */
    static KeyStatus of(int current, List<Integer> known, Map<Integer, long[]> inUse) {
        List<VersionInUse> versions = new ArrayList<>();
        inUse.forEach((version, counts) -> versions.add(new VersionInUse(version, counts[0], counts[1])));
        List<Integer> retirable = known.stream().filter(v -> !inUse.containsKey(v)).toList();
        List<Integer> missing = inUse.keySet().stream().filter(v -> v != current && !known.contains(v)).toList();
        return new KeyStatus(current, known, versions, retirable, missing);
    }

    /**
     * Says, loudly, when a key an open survey still needs was removed too early. Runs on the scheduler shortly after
     * start and daily, not in the start-up path: it reads the forms of every open survey.
     */
    // each replica checks the keys of its own configuration, so it runs on every replica, not once per cluster
    @Scheduled(every = "24h", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.SIMPLE)
    @Transactional
    void checkKeysInUse() {
        try {
            List<Integer> missing = status().missing();
            if (!missing.isEmpty()) {
                LOG.errorf("Open surveys hold forms under household key version(s) %s, which this replica does not know: a household that "
                        + "answered under them would not be recognised. Restore them in ntm.campaign.household-known-keys.", missing);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not check the household key versions in use: %s", e.getMessage());
        }
    }
}
