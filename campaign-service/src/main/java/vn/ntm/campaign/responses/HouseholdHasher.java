package vn.ntm.campaign.responses;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.ntm.campaign.CampaignSettings;
import vn.ntm.common.text.VietnameseText;

/**
 * Household identifiers are personal data: they are stored, compared and indexed only as HMAC-SHA256 keyed with
 * {@code ntm.campaign.household-hash-secret}. The survey id is part of the message, so the same household gets
 * unrelated values in two surveys and answers cannot be linked across surveys from the table alone.
 * Identifiers are compared after NFC normalisation, trimming, collapsing spaces and upper-casing.
 */
@Startup
@ApplicationScoped
public class HouseholdHasher {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    HouseholdHasher(CampaignSettings settings) {
        this.key = new SecretKeySpec(settings.householdHashSecret().getBytes(StandardCharsets.UTF_8), ALGORITHM);
        mac(); // fail at start-up, not on the first form, if the key cannot be used
    }

    public byte[] hash(UUID surveyId, String householdId) {
        String message = surveyId + "\n" + normalise(householdId);
        return mac().doFinal(message.getBytes(StandardCharsets.UTF_8));
    }

    /** The form of an identifier that is hashed and compared (also against a citizen token's household claim). */
    public static String normalise(String householdId) {
        return VietnameseText.nfc(householdId).toUpperCase(Locale.ROOT);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not usable with the configured household hash secret", e);
        }
    }
}
