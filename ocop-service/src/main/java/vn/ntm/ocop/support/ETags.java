package vn.ntm.ocop.support;

import jakarta.ws.rs.core.EntityTag;
import vn.ntm.common.problem.ApiException;

/**
 * Optimistic concurrency on the HTTP surface: the record's JPA version is its (strong) ETag; edits must send it back
 * in If-Match (428 when missing, 412 when stale).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks If-Match against the version the record has now. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.versionRequired();
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return;
        }
        for (String candidate : value.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(Long.toString(currentVersion))) {
                return;
            }
        }
        throw ApiException.staleVersion("The record is at version \"" + currentVersion + "\", not " + value
                + "; read it again (GET) and retry with its current ETag.");
    }
}
