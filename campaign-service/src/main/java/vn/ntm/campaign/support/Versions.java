package vn.ntm.campaign.support;

import jakarta.ws.rs.core.EntityTag;
import vn.ntm.common.problem.ApiException;

/** Optimistic concurrency over HTTP: the record's {@code @Version} is its ETag; writes must send it back in If-Match. */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 428 when If-Match is missing, 400 when it is not an ETag of this API, 412 when it is not the current version. */
    public static void requireCurrent(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.versionRequired();
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        long sent;
        try {
            sent = Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("If-Match", "must be the ETag returned by GET, for example \"3\"");
        }
        if (sent != current) {
            throw ApiException.staleVersion("The record is at version " + current + ", you sent " + sent
                    + ": someone changed it since you read it. Read it again and retry.");
        }
    }
}
