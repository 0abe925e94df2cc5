package vn.ntm.campaign.outage;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import vn.ntm.common.testing.DatabaseDownChecks;

/**
 * Issue 14: a lost database is a 503 and the service recovers without a restart (see {@link DatabaseDownChecks}).
 * Under the outage fault test's profile (the database behind the proxy, the communes mock), so the two share one start.
 */
@QuarkusTest
@TestProfile(DatabaseOutageFaultTest.Outage.class)
class DatabaseDownTest extends DatabaseDownChecks {

    @Override
    protected String probePath() {
        return "/api/v1/campaigns";
    }
}
