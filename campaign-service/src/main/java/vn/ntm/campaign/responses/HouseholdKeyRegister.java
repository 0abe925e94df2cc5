package vn.ntm.campaign.responses;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.ntm.campaign.responses.ResponseStore.Prepared;
import vn.ntm.campaign.responses.ResponseStore.UnderOtherKey;
import vn.ntm.campaign.support.Hashes;

/**
 * One household, one answer, across a household-key rotation. The unique (survey, household hash) index decides every
 * race under one key; while other keys are known ({@link HouseholdHasher#rotating()}) a household may already be
 * stored under another version's hash, which that index cannot see. So, only then, a request
 * <ol>
 *   <li>takes a transaction-scoped advisory lock per household, keyed by its hash under the LOWEST version this
 *       replica knows (during a rolling rotation every replica knows that version, so two replicas on different
 *       current keys still take the same lock), and</li>
 *   <li>looks for the household under the other versions' hashes, after the lock, so a form committed by a
 *       concurrent request is seen.</li>
 * </ol>
 * Without a rotation neither costs anything.
 */
final class HouseholdKeyRegister {

    /** First key of the two-key advisory lock space, so these locks cannot collide with another feature's. */
    private static final int LOCK_SPACE = 0x4E544D48; // "NTMH"

    private HouseholdKeyRegister() {
    }

    /** Locks the households of these forms for the rest of the transaction, in a fixed order (no deadlock). */
    static void lockHouseholds(Connection conn, HouseholdHasher hasher, List<Prepared> forms) throws SQLException {
        if (!hasher.rotating() || forms.isEmpty()) {
            return;
        }
        int lowest = Math.min(hasher.currentVersion(), hasher.otherVersions().get(0));
        Integer[] keys = forms.stream().map(p -> lockKey(hashUnder(p, lowest, hasher.currentVersion()))).distinct().sorted().toArray(Integer[]::new);
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT pg_advisory_xact_lock(?, k) FROM (SELECT unnest(?::int[]) AS k ORDER BY 1) ordered")) {
            ps.setInt(1, LOCK_SPACE);
            ps.setArray(2, conn.createArrayOf("int4", keys));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // each row is one lock taken
                }
            }
        }
    }

    /**
     * The forms whose household already answered this survey under another key version, mapped to the responseId of
     * that earlier form. A form that is the same responseId as the stored one is not listed: it is a replay, judged
     * as every replay is (by its content hash).
     */
    static Map<UUID, UUID> answeredUnderOtherKeys(Connection conn, UUID surveyId, List<Prepared> forms) throws SQLException {
        Map<String, Prepared> byHash = new HashMap<>();
        List<String> hashes = new ArrayList<>();
        for (Prepared p : forms) {
            for (UnderOtherKey other : p.otherKeys()) {
                byHash.put(Hashes.hex(other.householdHash()), p);
                hashes.add(Hashes.hex(other.householdHash()));
            }
        }
        if (hashes.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> answered = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT id, household_hash FROM survey_response WHERE survey_id = ? "
                        + "AND household_hash = ANY(ARRAY(SELECT decode(h, 'hex') FROM unnest(?::text[]) AS h))")) {
            ps.setObject(1, surveyId);
            ps.setArray(2, conn.createArrayOf("text", hashes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID storedId = rs.getObject(1, UUID.class);
                    Prepared p = byHash.get(Hashes.hex(rs.getBytes(2)));
                    if (p != null && !p.form().responseId().equals(storedId)) {
                        answered.put(p.form().responseId(), storedId);
                    }
                }
            }
        }
        return answered;
    }

    /** Forms of OPEN surveys by household-key version: a version still listed here cannot be retired yet. */
    static Map<Integer, long[]> versionsInOpenSurveys(Connection conn) throws SQLException {
        Map<Integer, long[]> inUse = new LinkedHashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT r.household_key_version, count(DISTINCT r.survey_id), count(*)
                FROM survey s JOIN survey_response r ON r.survey_id = s.id
                WHERE s.state = 'OPEN'
                GROUP BY r.household_key_version ORDER BY 1""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                inUse.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return inUse;
    }

    private static byte[] hashUnder(Prepared p, int version, int currentVersion) {
        if (version == currentVersion) {
            return p.householdHash();
        }
        return p.otherKeys().stream().filter(o -> o.keyVersion() == version).findFirst().orElseThrow().householdHash();
    }

    private static int lockKey(byte[] hash) {
        return ByteBuffer.wrap(hash, 0, 4).getInt();
    }
}
