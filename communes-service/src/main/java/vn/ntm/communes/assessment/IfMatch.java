package vn.ntm.communes.assessment;

import vn.ntm.common.problem.ApiException;

/** ETags of versioned records: the JPA version in quotes, e.g. {@code "3"}. */
public final class IfMatch {

    private IfMatch() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names: 428 when it is missing, 412 when it names no version of ours. */
    public static int requireVersion(String header) {
        if (header == null || header.isBlank()) {
            throw ApiException.versionRequired();
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApiException.staleVersion("If-Match " + header.trim() + " is not an ETag of this record; read it again with GET.");
        }
    }
}
