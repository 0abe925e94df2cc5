package vn.ntm.gateway.health;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import vn.ntm.gateway.FakeServices;

/** campaign-service is down: its address points where nothing listens. */
public class CampaignDownProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeServices.class, Map.of("down", "campaign")));
    }
}
