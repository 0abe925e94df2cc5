package vn.ntm.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ntm.common.problem.ApiException;

/** The second half of a sector officer's scope: the {@code sectors} claim, read as a list, and checked per sector. */
class SectorScopeTest {

    @Test
    void theClaimIsReadAsCommaSeparatedCodesOrAsAJsonArray() {
        assertThat(CurrentActor.sectors("TRANSPORT,HEALTH")).containsExactlyInAnyOrder("TRANSPORT", "HEALTH");
        assertThat(CurrentActor.sectors("[TRANSPORT,HEALTH]")).containsExactlyInAnyOrder("TRANSPORT", "HEALTH");
        assertThat(CurrentActor.sectors(" TRANSPORT , HEALTH ")).containsExactlyInAnyOrder("TRANSPORT", "HEALTH");
        assertThat(CurrentActor.sectors(null)).isEmpty();
        assertThat(CurrentActor.sectors("")).isEmpty();
    }

    @Test
    void aSectorOfficerActsForItsSectorsOnlyAndAnAdministratorForAll() {
        Actor transport = new Actor("so.transport.30", Set.of(Roles.SECTOR_OFFICER), "30", null, Set.of("TRANSPORT"));
        Scopes.requireSector(transport, "TRANSPORT");
        assertThatThrownBy(() -> Scopes.requireSector(transport, "HEALTH")).isInstanceOf(ApiException.class)
                .hasMessageContaining("TRANSPORT, not HEALTH");
        Actor none = new Actor("so.none.30", Set.of(Roles.SECTOR_OFFICER), "30", null);
        assertThatThrownBy(() -> Scopes.requireSector(none, "HEALTH")).hasMessageContaining("(none)");
        Scopes.requireSector(new Actor("admin", Set.of(Roles.ADMINISTRATOR), null, null), "HEALTH");
    }
}
