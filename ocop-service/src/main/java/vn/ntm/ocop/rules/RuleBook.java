package vn.ntm.ocop.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule versions of the rule tables (migration V11). They change only with a migration, so they are read once
 * and kept.
 */
@ApplicationScoped
public class RuleBook {

    @Inject
    EntityManager em;

    private volatile List<RuleSet> versions;

    public List<RuleSet> all() {
        List<RuleSet> loaded = versions;
        if (loaded == null) {
            synchronized (this) {
                if (versions == null) {
                    versions = load();
                }
                loaded = versions;
            }
        }
        return loaded;
    }

    public Optional<RuleSet> inForceOn(LocalDate date) {
        return all().stream().filter(v -> v.inForceOn(date)).findFirst();
    }

    public Optional<RuleSet> byCode(String code) {
        return all().stream().filter(v -> v.code().equals(code)).findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<RuleSet> load() {
        List<Tuple> rows = em.createNativeQuery("SELECT code, title, legal_source, source_url, effective_from, effective_to, "
                + "part_a_max, part_b_max, part_c_max, note FROM ocop_rule_version ORDER BY effective_from", Tuple.class).getResultList();
        List<RuleSet> result = new ArrayList<>();
        for (Tuple row : rows) {
            String code = row.get(0, String.class);
            Map<ScorePart, BigDecimal> maxima = new EnumMap<>(ScorePart.class);
            maxima.put(ScorePart.A, row.get(6, BigDecimal.class));
            maxima.put(ScorePart.B, row.get(7, BigDecimal.class));
            maxima.put(ScorePart.C, row.get(8, BigDecimal.class));
            result.add(new RuleSet(code, row.get(1, String.class), row.get(2, String.class), row.get(3, String.class),
                    date(row.get(4)), date(row.get(5)), maxima, bands(code), powers(code), criteria(code), row.get(9, String.class)));
        }
        result.sort(Comparator.comparing(RuleSet::effectiveFrom));
        return List.copyOf(result);
    }

    @SuppressWarnings("unchecked")
    private List<StarBand> bands(String version) {
        List<Tuple> rows = em.createNativeQuery("SELECT stars, min_score, legal_source FROM ocop_star_band WHERE rule_version = ?1 ORDER BY stars",
                Tuple.class).setParameter(1, version).getResultList();
        return rows.stream().map(r -> new StarBand(((Number) r.get(0)).intValue(), r.get(1, BigDecimal.class), r.get(2, String.class))).toList();
    }

    @SuppressWarnings("unchecked")
    private Map<CouncilLevel, CouncilPower> powers(String version) {
        List<Tuple> rows = em.createNativeQuery("SELECT council_level, allowed, min_certified_stars, max_certified_stars, role_description, legal_source "
                + "FROM ocop_council_power WHERE rule_version = ?1", Tuple.class).setParameter(1, version).getResultList();
        Map<CouncilLevel, CouncilPower> powers = new EnumMap<>(CouncilLevel.class);
        for (Tuple r : rows) {
            CouncilLevel level = CouncilLevel.valueOf(r.get(0, String.class));
            powers.put(level, new CouncilPower(level, r.get(1, Boolean.class), integer(r.get(2)), integer(r.get(3)),
                    r.get(4, String.class), r.get(5, String.class)));
        }
        return powers;
    }

    @SuppressWarnings("unchecked")
    private List<MandatoryCriterion> criteria(String version) {
        List<Tuple> rows = em.createNativeQuery("SELECT code, stars, name_vi, name_en, legal_source, confidence FROM ocop_mandatory_criterion "
                + "WHERE rule_version = ?1 ORDER BY stars, code", Tuple.class).setParameter(1, version).getResultList();
        return rows.stream().map(r -> new MandatoryCriterion(r.get(0, String.class), ((Number) r.get(1)).intValue(), r.get(2, String.class),
                r.get(3, String.class), r.get(4, String.class), String.valueOf(r.get(5)))).toList();
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate local) {
            return local;
        }
        return ((Date) value).toLocalDate();
    }
}
