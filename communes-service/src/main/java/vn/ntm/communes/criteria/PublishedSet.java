package vn.ntm.communes.criteria;

import java.time.Instant;
import vn.ntm.communes.Level;

/** One stored, immutable version of a criteria set (an overlay carries its base's level and period). */
public record PublishedSet(long id, String code, int version, Level level, int periodFrom, int periodTo,
                           CriteriaSetDocument document, Instant publishedAt, String publishedBy) {
}
