package vn.ntm.ocop.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ValidatorFactory;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.ntm.common.testing.EmbeddedPostgresResource;

/** "Today" is Vietnam's calendar day for the service and for Bean Validation alike, whatever the server's zone. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(CommunesWireMock.class)
class LegalClockTest {

    @Inject
    ValidatorFactory validatorFactory;

    @Inject
    OcopClock clock;

    @Test
    void validationAndTheServiceShareTheLegalCalendar() {
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
        assertThat(validatorFactory.getClockProvider().getClock().getZone()).isEqualTo(vietnam);
        assertThat(clock.today()).isEqualTo(java.time.LocalDate.now(vietnam));
    }
}
