package vn.ntm.ocop.certificate;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.jboss.logging.Logger;
import vn.ntm.ocop.support.OcopClock;

/**
 * Moves stored certificate states with the calendar (ACTIVE -> EXPIRING -> EXPIRED) once a day. Answers never wait
 * for it: they compute the state from the dates. One idempotent UPDATE; revoked and superseded certificates were
 * stored as such when it happened and are not touched. The record version is left alone so that an official's
 * If-Match stays valid across a run.
 */
@ApplicationScoped
public class CertificateStateJob {

    private static final Logger LOG = Logger.getLogger(CertificateStateJob.class);
    public static final String IDENTITY = "ocop-certificate-states";

    @Inject
    EntityManager em;

    @Inject
    OcopClock clock;

    @Inject
    CertificateStates states;

    @Scheduled(identity = IDENTITY, cron = "{ocop.certificates.state-job.cron}", timeZone = "{ocop.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void scheduled() {
        int changed = run(clock.today());
        LOG.infof("Certificate states moved for %d certificate(s)", changed);
    }

    /** Brings every stored ACTIVE or EXPIRING state up to {@code today}; returns the number of certificates changed. */
    @Transactional
    public int run(LocalDate today) {
        var query = em.createNativeQuery("UPDATE ocop_certificate c SET stored_state = " + CertificateStates.SQL_CASE
                + ", state_changed_on = :stateDay WHERE c.stored_state IN ('ACTIVE', 'EXPIRING') AND c.stored_state <> "
                + CertificateStates.SQL_CASE);
        states.params(today).forEach(query::setParameter);
        return query.executeUpdate();
    }
}
