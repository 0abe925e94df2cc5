package vn.ntm.ocop;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.ntm.common.testing.EmbeddedPostgresResource;
import vn.ntm.common.testing.ServiceFoundationChecks;

/** The platform's ground rules, checked on this service against the embedded PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class FoundationTest extends ServiceFoundationChecks {
}
