package vn.ntm.communes.certification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.ntm.communes.certification.DossierApi.UnmetCondition;

/**
 * Test stand-ins for the two preconditions the province version (NTM-RECOGNITION/v2) lists at COUNCIL_VOTE whose real
 * checks are built in the signoff and fieldverification packages. They pass unless a test blocks a dossier, count
 * their calls, and yield to the real beans once those are merged ({@link DossierPrecondition#standIn()}).
 */
public final class StandInPreconditions {

    /** Dossiers for which a stand-in reports its condition as unmet. */
    static final Set<String> BLOCKED = ConcurrentHashMap.newKeySet();
    /** Dossiers a stand-in was asked about, by code. */
    static final Set<String> ASKED = ConcurrentHashMap.newKeySet();

    private StandInPreconditions() {
    }

    static void block(String code, String dossierId) {
        BLOCKED.add(code + "/" + dossierId);
    }

    static void unblock(String code, String dossierId) {
        BLOCKED.remove(code + "/" + dossierId);
    }

    static boolean asked(String code, String dossierId) {
        return ASKED.contains(code + "/" + dossierId);
    }

    static void check(String code, DossierEntity dossier, List<UnmetCondition> unmet, Map<String, Object> checks) {
        ASKED.add(code + "/" + dossier.id);
        checks.put(code, "test stand-in");
        if (BLOCKED.contains(code + "/" + dossier.id)) {
            unmet.add(new UnmetCondition(code, "Blocked by the test stand-in for " + code + "."));
        }
    }

    @ApplicationScoped
    public static class SectorSignOff implements DossierPrecondition {
        @Override
        public String code() {
            return "SECTOR_SIGN_OFF";
        }

        @Override
        public void check(DossierEntity dossier, LocalDate stepDate, List<UnmetCondition> unmet, Map<String, Object> checks) {
            StandInPreconditions.check(code(), dossier, unmet, checks);
        }

        @Override
        public boolean standIn() {
            return true;
        }
    }

    @ApplicationScoped
    public static class FieldFlagsResolved implements DossierPrecondition {
        @Override
        public String code() {
            return "FIELD_FLAGS_RESOLVED";
        }

        @Override
        public void check(DossierEntity dossier, LocalDate stepDate, List<UnmetCondition> unmet, Map<String, Object> checks) {
            StandInPreconditions.check(code(), dossier, unmet, checks);
        }

        @Override
        public boolean standIn() {
            return true;
        }
    }
}
