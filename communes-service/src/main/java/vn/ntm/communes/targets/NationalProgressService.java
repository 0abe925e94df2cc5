package vn.ntm.communes.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.ntm.communes.Level;
import vn.ntm.communes.units.Today;

/**
 * The national roll-up: the provinces' figures summed, each province counted on the same units date with the same rules
 * as {@link ProgressService}, so the national denominator is exactly the sum of the provincial ones. Targets come from
 * national_target: the year's own, or else the period end's (2030) for a year of 2026–2030.
 */
@ApplicationScoped
public class NationalProgressService {

    /** End of the 2026–2030 period, whose targets stand in for a year without its own. */
    static final int PERIOD_END = 2030;

    private final NationalProgressQueries queries;
    private final Today today;
    private final vn.ntm.communes.completion.ProvinceCompletionService completion;
    private final vn.ntm.communes.completion.CompletionRuleService rules;

    NationalProgressService(NationalProgressQueries queries, Today today, vn.ntm.communes.completion.ProvinceCompletionService completion,
                            vn.ntm.communes.completion.CompletionRuleService rules) {
        this.queries = queries;
        this.today = today;
        this.completion = completion;
        this.rules = rules;
    }

    @Transactional
    public NationalProgressView progress(int year, Basis basis, LocalDate asOf) {
        LocalDate known = today.orToday(asOf);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate unitsDate = known.isBefore(yearEnd) ? known : yearEnd;
        LocalDate decidedBy = basis == Basis.DECISION_DATE ? unitsDate : known;
        int maxYear = basis == Basis.RECOGNITION_YEAR ? year : Integer.MAX_VALUE;
        List<NationalProgressQueries.ProvinceCounts> rows = queries.count(unitsDate, decidedBy, maxYear);

        long sum = 0;
        Map<Level, Long> achieved = new EnumMap<>(Level.class);
        List<NationalProgressView.ProvinceLine> lines = new ArrayList<>();
        for (NationalProgressQueries.ProvinceCounts row : rows) {
            ProgressQueries.Counts c = row.counts();
            sum += c.communes();
            achieved.merge(Level.NTM, c.ntm(), Long::sum);
            achieved.merge(Level.ADVANCED, c.advanced(), Long::sum);
            achieved.merge(Level.MODEL, c.model(), Long::sum);
            achieved.merge(Level.MODERN, c.modern(), Long::sum);
            lines.add(new NationalProgressView.ProvinceLine(row.code(), row.name(), c.communes(), c.ntm(), c.modern(), c.advanced(), c.model()));
        }

        long communes = sum;
        int until = year >= ProgressService.PERIOD_2026 && year <= PERIOD_END ? PERIOD_END : year;
        List<NationalTargetEntity> targets = NationalTargetEntity.forYear(year, until);
        List<NationalProgressView.NationalLevel> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            if (!ProgressService.counted(level, year)) {
                continue;
            }
            long got = achieved.getOrDefault(level, 0L);
            NationalProgressView.Target target = targets.stream()
                    .filter(t -> NationalTargetEntity.COMMUNE_LEVEL.equals(t.subject) && level.name().equals(t.level)).findFirst()
                    .map(t -> new NationalProgressView.Target(t.year, t.percent, communesFor(t.percent, communes), t.approximate, t.source, t.verified))
                    .orElse(null);
            levels.add(new NationalProgressView.NationalLevel(level, got, ProgressService.share(got, communes), target,
                    target == null ? null : Math.max(0, target.communes() - got), target == null ? null : got >= target.communes()));
        }
        NationalProgressView.ProvincesTarget provincesTarget = targets.stream()
                .filter(t -> NationalTargetEntity.PROVINCES_COMPLETE.equals(t.subject)).findFirst()
                .map(t -> provincesTarget(t, rows, year, decidedBy))
                .orElse(null);
        String counted = "Rural communes (XA) of the " + rows.size() + " provinces existing on " + unitsDate
                + ", summed per province. Wards (PHUONG), townships (THI_TRAN) and special zones (DAC_KHU) are not in the NTM programme.";
        return new NationalProgressView(year, basis, known, decidedBy,
                new NationalProgressView.Denominator(communes, rows.size(), unitsDate, counted), levels, provincesTarget, lines);
    }

    /**
     * The provinces target against the completion verdicts (Appendix III) of every province on {@code decidedBy}, under
     * the national rule of the 2026–2030 period: a province counts only when its verdict is COMPLETE, and one that
     * cannot be decided is counted apart, so the target is met, missed, or cannot be decided yet.
     */
    private NationalProgressView.ProvincesTarget provincesTarget(NationalTargetEntity t, List<NationalProgressQueries.ProvinceCounts> rows,
                                                                 int year, LocalDate decidedBy) {
        if (year < ProgressService.PERIOD_2026 || year > PERIOD_END || decidedBy.getYear() < ProgressService.PERIOD_2026) {
            return new NationalProgressView.ProvincesTarget(t.year, t.provinces, t.approximate, t.source, t.verified, null, null, null,
                    "Province completion is judged under the rules of 2026–2030; " + year + " is outside them.");
        }
        int complete = 0;
        int undecided = 0;
        var found = rules.national(ProgressService.PERIOD_2026, PERIOD_END);
        if (found.isEmpty()) {
            return new NationalProgressView.ProvincesTarget(t.year, t.provinces, t.approximate, t.source, t.verified, null, null, null,
                    "No province-completion rule is published for " + ProgressService.PERIOD_2026 + "–" + PERIOD_END + ".");
        }
        var national = found.get();
        String rule = national.code() + " v" + national.version();
        for (NationalProgressQueries.ProvinceCounts row : rows) {
            var verdict = completion.evaluate(row.code(), national, decidedBy);
            switch (verdict.verdict()) {
                case COMPLETE -> complete++;
                case UNDECIDABLE -> undecided++;
                case NOT_COMPLETE -> { }
            }
        }
        Boolean met = complete >= t.provinces ? Boolean.TRUE : complete + undecided < t.provinces ? Boolean.FALSE : null;
        String explanation = complete + " of " + rows.size() + " provinces complete the NTM task on " + decidedBy + " under " + rule
                + (undecided > 0 ? "; " + undecided + " cannot be decided (GET /api/v1/provinces/{code}/completion names the conditions that block them)" : "")
                + "; the target is " + t.provinces + ".";
        return new NationalProgressView.ProvincesTarget(t.year, t.provinces, t.approximate, t.source, t.verified, complete, undecided, met, explanation);
    }

    /** A share target in whole communes: rounded up, since 64.9% does not reach "65%". */
    static long communesFor(BigDecimal percent, long communes) {
        return percent.multiply(BigDecimal.valueOf(communes)).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValue();
    }
}
