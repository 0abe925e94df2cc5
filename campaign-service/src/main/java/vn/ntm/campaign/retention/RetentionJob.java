package vn.ntm.campaign.retention;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * The scheduled retention run. It goes through Quartz's clustered JDBC job store (quarkus.quartz.clustered), so with
 * any number of replicas it fires on one of them per schedule; a run missed while every replica was down fires once
 * when one comes back. Each run is idempotent anyway: what is erased is not there to erase twice.
 */
@ApplicationScoped
public class RetentionJob {

    public static final String IDENTITY = "campaign-retention";

    @Inject
    RetentionService service;

    @Scheduled(identity = IDENTITY, cron = "{ntm.campaign.retention.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, executeWith = Scheduled.QUARTZ)
    void scheduled() {
        service.run(Instant.now(), "schedule");
    }
}
