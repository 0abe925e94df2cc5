package vn.ntm.communes;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import vn.ntm.common.testing.DatabaseDownChecks;

/** Issue 14: a lost database is a 503 and the service recovers without a restart (see {@link DatabaseDownChecks}). */
@QuarkusTest
@TestProfile(DatabaseDownChecks.BehindProxy.class)
class DatabaseDownTest extends DatabaseDownChecks {

    @Override
    protected String probePath() {
        return "/api/v1/criteria-sets";
    }
}
