package vn.ntm.campaign.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.responses.HouseholdKeyService.KeyStatus;

/** When a household key can be retired, and when one was removed too early. */
class HouseholdKeyStatusTest {

    @Test
    void aKnownVersionNoOpenSurveyHoldsIsRetirable() {
        Map<Integer, long[]> inUse = new LinkedHashMap<>();
        inUse.put(2, new long[] {4, 900});
        KeyStatus status = HouseholdKeyService.of(2, List.of(1), inUse);
        assertThat(status.retirable()).containsExactly(1);
        assertThat(status.missing()).isEmpty();
    }

    @Test
    void aKnownVersionStillHeldIsNotRetirable() {
        Map<Integer, long[]> inUse = new LinkedHashMap<>();
        inUse.put(1, new long[] {1, 12});
        inUse.put(2, new long[] {4, 900});
        KeyStatus status = HouseholdKeyService.of(2, List.of(1), inUse);
        assertThat(status.retirable()).isEmpty();
        assertThat(status.inOpenSurveys()).extracting(HouseholdKeyService.VersionInUse::forms).containsExactly(12L, 900L);
    }

    @Test
    void aVersionHeldButUnknownIsMissing() {
        Map<Integer, long[]> inUse = new LinkedHashMap<>();
        inUse.put(1, new long[] {1, 12});
        KeyStatus status = HouseholdKeyService.of(3, List.of(2), inUse);
        assertThat(status.missing()).containsExactly(1);
        assertThat(status.retirable()).containsExactly(2);
    }
}
