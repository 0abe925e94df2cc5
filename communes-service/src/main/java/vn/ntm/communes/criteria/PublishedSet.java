package vn.ntm.communes.criteria;

import java.time.Instant;
import java.time.LocalDate;
import vn.ntm.communes.Level;

/**
 * One stored version of a criteria set (an overlay carries its base's level and period). Published versions are
 * immutable; a {@code draft} is only ever evaluated as a simulation.
 *
 * @param effectiveFrom first day the version applies to assessments; null: the whole period
 */
public record PublishedSet(long id, String code, int version, Level level, int periodFrom, int periodTo,
                           CriteriaSetDocument document, Instant publishedAt, String publishedBy, boolean draft,
                           LocalDate effectiveFrom) {

    public PublishedSet(long id, String code, int version, Level level, int periodFrom, int periodTo, CriteriaSetDocument document,
                        Instant publishedAt, String publishedBy) {
        this(id, code, version, level, periodFrom, periodTo, document, publishedAt, publishedBy, false, null);
    }
}
