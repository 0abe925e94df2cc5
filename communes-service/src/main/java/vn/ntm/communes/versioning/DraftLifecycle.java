package vn.ntm.communes.versioning;

import java.time.LocalDate;
import vn.ntm.common.http.Versions;
import vn.ntm.common.problem.ApiException;

/**
 * The rules shared by every rule set that officials version as DRAFT → PUBLISHED → SUPERSEDED (criteria sets,
 * recognition procedures): a published version never changes (409), a draft is edited with If-Match on its revision
 * (428/412), and a version is published with the first day it applies, never before the one it replaces, so the
 * calendar of versions never runs backwards.
 */
public final class DraftLifecycle {

    private DraftLifecycle() {
    }

    /** 409 for a published version: {@code what} names it ("Criteria set X version 2"), {@code draftsPath} where to open a draft. */
    public static void requireDraft(boolean draft, String what, String draftsPath) {
        if (!draft) {
            throw ApiException.conflict(what + " is published and never changes; open a draft with POST " + draftsPath + ".");
        }
    }

    /** 428 without If-Match, 412 when it names another revision of the draft. */
    public static void requireRevision(String ifMatch, String code, int version, int revision) {
        long expected = Versions.requestedVersion(ifMatch);
        if (expected != revision) {
            throw ApiException.staleVersion("Draft " + code + " version " + version + " is at revision " + revision
                    + "; you sent If-Match for revision " + expected + ". Read it again.");
        }
    }

    /** 400 when the effective date is missing or before the effective date of the version it replaces. */
    public static void requireEffectiveFrom(LocalDate effectiveFrom, int version, LocalDate previousEffectiveFrom, Integer previousVersion) {
        if (effectiveFrom == null) {
            throw ApiException.invalidField("effectiveFrom", "is required: the first day on which version " + version + " applies");
        }
        if (previousEffectiveFrom != null && effectiveFrom.isBefore(previousEffectiveFrom)) {
            throw ApiException.invalidField("effectiveFrom", "must not be before " + previousEffectiveFrom + ", the effective date of version "
                    + previousVersion);
        }
    }
}
