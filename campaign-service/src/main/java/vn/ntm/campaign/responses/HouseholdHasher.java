package vn.ntm.campaign.responses;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.ntm.campaign.CampaignSettings;
import vn.ntm.campaign.support.Hashes;
import vn.ntm.common.text.VietnameseText;

/**
 * Household identifiers are personal data: they are stored, compared and indexed only as HMAC-SHA256 keyed with
 * {@code ntm.campaign.household-hash-secret}. The survey id is part of the message, so the same household gets
 * unrelated values in two surveys and answers cannot be linked across surveys from the table alone.
 * Identifiers are compared after NFC normalisation, trimming, collapsing spaces and upper-casing.
 *
 * <p>The key is versioned. Every hash is stored with the version of the key that made it, and the other keys named
 * in {@code ntm.campaign.household-known-keys} are kept to recognise a household hashed under them: after a rotation
 * a household that answered under the old key is still the same household. An HMAC cannot be re-keyed without the
 * identifier it was made from, and the identifiers are never stored; so an old key is retired once no open survey
 * holds forms under it ({@link HouseholdKeyRegister}), not by rewriting the stored hashes.
 */
@Startup
@ApplicationScoped
public class HouseholdHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String PSEUDONYM_PREFIX = "citizen~";

    /** A household's hash under one key version. */
    public record VersionedHash(int keyVersion, byte[] hash) {
    }

    private final int currentVersion;
    private final SecretKeySpec current;
    private final SortedMap<Integer, SecretKeySpec> others = new TreeMap<>();

    HouseholdHasher(CampaignSettings settings) {
        this.currentVersion = settings.householdKeyVersion();
        this.current = key(settings.householdHashSecret());
        for (Map.Entry<Integer, String> known : settings.householdKnownKeys().entrySet()) {
            if (known.getKey() == currentVersion) {
                throw new IllegalStateException("ntm.campaign.household-known-keys names version " + currentVersion
                        + ", the version of the current key (ntm.campaign.household-key-version); give the new key a new version");
            }
            if (known.getValue().equals(settings.householdHashSecret())) {
                throw new IllegalStateException("ntm.campaign.household-known-keys.\"" + known.getKey()
                        + "\" is the current secret under another version; a rotation needs a new secret");
            }
            if (known.getValue().length() < 32) {
                // checked here: SmallRye's mapping generator does not take a constraint on a map's values
                throw new IllegalStateException("ntm.campaign.household-known-keys.\"" + known.getKey() + "\" must be at least 32 characters");
            }
            others.put(known.getKey(), key(known.getValue()));
        }
        mac(current); // fail at start-up, not on the first form, if a key cannot be used
    }

    /** The hash a new form is stored under: the current key's. */
    public byte[] hash(UUID surveyId, String householdId) {
        return mac(current).doFinal(message(surveyId, householdId));
    }

    public int currentVersion() {
        return currentVersion;
    }

    /** True while other keys are known: forms may then be stored under another version than the current one. */
    public boolean rotating() {
        return !others.isEmpty();
    }

    /** The versions of the other keys this replica recognises, lowest first. */
    public List<Integer> otherVersions() {
        return List.copyOf(others.keySet());
    }

    /** The household's hashes under every other known key, lowest version first; empty when no rotation is under way. */
    public List<VersionedHash> hashesUnderOtherKeys(UUID surveyId, String householdId) {
        if (others.isEmpty()) {
            return List.of();
        }
        byte[] message = message(surveyId, householdId);
        List<VersionedHash> hashes = new ArrayList<>(others.size());
        others.forEach((version, key) -> hashes.add(new VersionedHash(version, mac(key).doFinal(message))));
        return hashes;
    }

    /**
     * A keyed pseudonym of a citizen's token subject, under the current key: what is recorded as the actor of a
     * citizen's own form, so that the person's identity never sits beside their answers. The Front can still tell
     * that two forms came from one account, and an investigation holding the key can compute a given subject's
     * pseudonym; nobody can read the subject back from it.
     */
    public String citizenPseudonym(String subject) {
        return citizenPseudonym(current, currentVersion, subject);
    }

    /** Whether a recorded actor is a citizen's pseudonym (never a token subject: subjects have no such prefix). */
    public static boolean isCitizenPseudonym(String actor) {
        return actor != null && actor.startsWith(PSEUDONYM_PREFIX);
    }

    /** The pseudonym under a given key; the Flyway migration that pseudonymised earlier records uses it too. */
    public static String citizenPseudonym(String secret, int version, String subject) {
        return citizenPseudonym(key(secret), version, subject);
    }

    private static String citizenPseudonym(SecretKeySpec key, int version, String subject) {
        byte[] mac = mac(key).doFinal(("citizen\n" + subject).getBytes(StandardCharsets.UTF_8));
        return PSEUDONYM_PREFIX + "k" + version + "." + Hashes.hex(java.util.Arrays.copyOf(mac, 12));
    }

    /** The form of an identifier that is hashed and compared (also against a citizen token's household claim). */
    public static String normalise(String householdId) {
        return VietnameseText.nfc(householdId).toUpperCase(Locale.ROOT);
    }

    private static byte[] message(UUID surveyId, String householdId) {
        return (surveyId + "\n" + normalise(householdId)).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    private static Mac mac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not usable with the configured household hash secret", e);
        }
    }
}
