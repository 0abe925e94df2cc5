package vn.ntm.ocop.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ntm.common.problem.ApiException;
import vn.ntm.ocop.catalog.ProductGroup;
import vn.ntm.ocop.subject.SubjectType;
import vn.ntm.ocop.support.OcopClock;

/**
 * Figures computed by SQL aggregates over indexed columns; no rows are loaded into Java. A certificate is in force on
 * a day D when issued on or before D, valid through D, and neither revoked nor superseded on or before D.
 */
@ApplicationScoped
public class StatisticsService {

    // a renewal that follows on is in force from valid_from, not from its issue date: counting it earlier would count the
    // product twice while the renewed certificate runs out
    static final String IN_FORCE = "c.issued_on <= :asOf AND (c.valid_from IS NULL OR c.valid_from <= :asOf) AND c.valid_until >= :asOf"
            + " AND (c.revoked_on IS NULL OR c.revoked_on > :asOf) AND (c.superseded_on IS NULL OR c.superseded_on > :asOf)";

    @Inject
    EntityManager em;

    @Inject
    OcopClock clock;

    public CommuneSummary commune(String communeCode, LocalDate asOf) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.stars, count(DISTINCT c.product_id) FROM ocop_certificate c"
                        + " WHERE c.commune_code = :commune AND " + IN_FORCE + " GROUP BY c.stars")
                .setParameter("commune", communeCode).setParameter("asOf", day).getResultList();
        Map<String, Long> byStars = stars();
        long total = 0;
        Integer highest = null;
        for (Object[] row : rows) {
            int stars = ((Number) row[0]).intValue();
            long count = ((Number) row[1]).longValue();
            byStars.put(Integer.toString(stars), count);
            total += count;
            highest = highest == null ? stars : Math.max(highest, stars);
        }
        return new CommuneSummary(communeCode, day, total, byStars, highest);
    }

    public OcopStatistics province(String province, LocalDate asOf, LocalDate from, LocalDate to) {
        LocalDate day = asOf == null ? clock.today() : asOf;
        LocalDate end = to == null ? day : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        if (start.isAfter(end)) {
            throw ApiException.invalidField("from", "must not be after 'to' (" + end + ")");
        }
        String where = province == null ? "" : "c.province_code = :province AND ";

        Query inForce = em.createNativeQuery("SELECT GROUPING(c.stars), GROUPING(p.product_group), GROUPING(s.subject_type),"
                + " c.stars, p.product_group, s.subject_type, count(DISTINCT c.product_id)"
                + " FROM ocop_certificate c JOIN ocop_product p ON p.id = c.product_id JOIN ocop_subject s ON s.id = p.subject_id"
                + " WHERE " + where + IN_FORCE
                + " GROUP BY GROUPING SETS ((c.stars), (p.product_group), (s.subject_type), ())");
        bind(inForce, province).setParameter("asOf", day);
        Map<String, Long> byStars = stars();
        Map<String, Long> byGroup = new LinkedHashMap<>();
        for (ProductGroup g : ProductGroup.values()) {
            byGroup.put(g.name(), 0L);
        }
        Map<String, Long> byType = new LinkedHashMap<>();
        for (SubjectType t : SubjectType.values()) {
            byType.put(t.name(), 0L);
        }
        long active = 0;
        for (Object row : inForce.getResultList()) {
            Object[] r = (Object[]) row;
            long count = ((Number) r[6]).longValue();
            boolean byStar = ((Number) r[0]).intValue() == 0;
            boolean byGrp = ((Number) r[1]).intValue() == 0;
            boolean byTyp = ((Number) r[2]).intValue() == 0;
            if (byStar) {
                byStars.put(Integer.toString(((Number) r[3]).intValue()), count);
            } else if (byGrp) {
                byGroup.put((String) r[4], count);
            } else if (byTyp) {
                byType.put((String) r[5], count);
            } else {
                active = count;
            }
        }

        Query movements = em.createNativeQuery("SELECT"
                + " count(*) FILTER (WHERE c.kind = 'NEW' AND c.issued_on BETWEEN :from AND :to),"
                + " count(*) FILTER (WHERE c.kind = 'RE_EVALUATION' AND c.issued_on BETWEEN :from AND :to),"
                + " count(*) FILTER (WHERE c.valid_until BETWEEN :lapseFrom AND :lapseTo"
                + "   AND (c.revoked_on IS NULL OR c.revoked_on > c.valid_until) AND (c.superseded_on IS NULL OR c.superseded_on > c.valid_until)),"
                + " count(*) FILTER (WHERE c.revoked_on BETWEEN :from AND :to)"
                + " FROM ocop_certificate c WHERE " + where
                + " (c.issued_on BETWEEN :from AND :to OR c.valid_until BETWEEN :lapseFrom AND :lapseTo OR c.revoked_on BETWEEN :from AND :to)");
        // a certificate "expires" on the day after its last valid day
        bind(movements, province).setParameter("from", start).setParameter("to", end)
                .setParameter("lapseFrom", start.minusDays(1)).setParameter("lapseTo", end.minusDays(1));
        Object[] m = (Object[]) movements.getSingleResult();

        Query proposed = em.createNativeQuery("SELECT count(*) FROM ocop_product p WHERE "
                + (province == null ? "" : "p.province_code = :province AND ") + "p.proposed_for_stars = 5");
        bind(proposed, province);
        long proposedForFive = ((Number) proposed.getSingleResult()).longValue();

        return new OcopStatistics(province, day, start, end, active, byStars, byGroup, byType, proposedForFive,
                new OcopStatistics.Period(((Number) m[0]).longValue(), ((Number) m[1]).longValue(), ((Number) m[2]).longValue(),
                        ((Number) m[3]).longValue()));
    }

    private static Query bind(Query query, String province) {
        if (province != null) {
            query.setParameter("province", province);
        }
        return query;
    }

    private static Map<String, Long> stars() {
        Map<String, Long> byStars = new LinkedHashMap<>();
        byStars.put("3", 0L);
        byStars.put("4", 0L);
        byStars.put("5", 0L);
        return byStars;
    }
}
