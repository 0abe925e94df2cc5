package vn.ntm.common.privacy;

import vn.ntm.common.problem.ApiException;

/**
 * The purpose a requester states for an export that contains personal data (Law 91/2025/QH15: personal data is
 * processed only for a stated purpose). Free text, because purposes are as many as the province's tasks, but it must
 * say something: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, no control characters.
 */
public final class StatedPurpose {

    public static final String PARAMETER = "purpose";
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 300;

    private StatedPurpose() {
    }

    /** The purpose, stripped, or a 400 naming the {@code purpose} field. */
    public static String require(String purpose) {
        String p = purpose == null ? "" : purpose.strip();
        if (p.isEmpty()) {
            throw ApiException.invalidField(PARAMETER, "an export that contains personal data needs a stated purpose (Law 91/2025/QH15)");
        }
        if (p.length() < MIN_LENGTH || p.length() > MAX_LENGTH) {
            throw ApiException.invalidField(PARAMETER, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (p.chars().anyMatch(ch -> Character.isISOControl(ch))) {
            throw ApiException.invalidField(PARAMETER, "must not contain control characters");
        }
        return p;
    }
}
