package vn.ntm.common.http;

import jakarta.ws.rs.core.EntityTag;
import vn.ntm.common.problem.ApiException;

/**
 * Optimistic concurrency over HTTP: a record's JPA {@code @Version} is its strong ETag ({@code "3"}); edits send it back
 * in {@code If-Match}. Missing → 428, not one of our ETags → 412 naming what to do, another version → 412.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Checks If-Match against the version the record has now ({@code *} matches any existing record). */
    public static void requireCurrent(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.versionRequired();
        }
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return;
        }
        for (String candidate : value.split(",")) {
            if (Long.toString(current).equals(unquote(candidate))) {
                return;
            }
        }
        throw ApiException.staleVersion("The record is at version \"" + current + "\", not " + value
                + ": someone changed it since you read it. Read it again (GET) and retry with its current ETag.");
    }

    /** The single version an If-Match names, for callers that compare it themselves (e.g. in a locking query). */
    public static long requestedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.versionRequired();
        }
        try {
            return Long.parseLong(unquote(ifMatch));
        } catch (NumberFormatException e) {
            throw ApiException.staleVersion("If-Match " + ifMatch.strip() + " is not an ETag of this record; read it again with GET.");
        }
    }

    private static String unquote(String tag) {
        String value = tag.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }
}
