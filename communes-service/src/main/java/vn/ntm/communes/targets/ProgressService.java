package vn.ntm.communes.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.ntm.communes.Level;
import vn.ntm.communes.recognition.report.Table;
import vn.ntm.communes.units.CommuneView;
import vn.ntm.communes.units.ProvinceRef;
import vn.ntm.communes.units.ProvinceViews;
import vn.ntm.communes.units.Today;

/**
 * Progress of a province for a year. The denominator is always explicit: the rural communes (XA) of the province on the
 * end of the year (or asOf if earlier), or on its last day if it ended before (Hải Dương: 151 on 2025-06-30).
 */
@ApplicationScoped
public class ProgressService {

    private final ProvinceViews provinces;
    private final ProgressQueries queries;
    private final TargetService targets;
    private final Today today;

    ProgressService(ProvinceViews provinces, ProgressQueries queries, TargetService targets, Today today) {
        this.provinces = provinces;
        this.queries = queries;
        this.targets = targets;
        this.today = today;
    }

    @Transactional
    public ProgressView progress(String code, int year, Basis basis, LocalDate asOf) {
        LocalDate known = today.orToday(asOf);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate reference = known.isBefore(yearEnd) ? known : yearEnd;
        ProvinceRef province = provinces.require(code, reference);
        LocalDate unitsDate = province.unitsDate(reference);
        LocalDate decidedBy = basis == Basis.DECISION_DATE ? reference : known;
        int maxYear = basis == Basis.RECOGNITION_YEAR ? year : Integer.MAX_VALUE;
        ProgressQueries.Counts counts = queries.count(province.id(), unitsDate, decidedBy, maxYear);
        Optional<ProvinceTargetEntity> target = targets.find(province.id(), year);
        List<ProgressView.LevelProgress> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            if (!ProgressService.counted(level, year)) {
                continue;
            }
            long achieved = switch (level) {
                case NTM -> counts.ntm();
                case ADVANCED -> counts.advanced();
                case MODEL -> counts.model();
                case MODERN -> counts.modern();
            };
            Integer goal = target.map(t -> t.target(level)).orElse(null);
            levels.add(new ProgressView.LevelProgress(level, achieved, share(achieved, counts.communes()), goal,
                    goal == null ? null : share(goal, counts.communes()),
                    goal == null ? null : (int) Math.max(0, goal - achieved), goal == null ? null : achieved >= goal));
        }
        boolean ended = !province.existsOn(reference);
        String counted = "Rural communes (XA) of " + province.name() + " existing on " + unitsDate
                + ". Wards (PHUONG), townships (THI_TRAN) and special zones (DAC_KHU) are not in the NTM programme.";
        return new ProgressView(province, ended ? CommuneView.ENDED : CommuneView.ACTIVE, ended ? provinces.successors(province) : null,
                year, basis, known, decidedBy, new ProgressView.Denominator(counts.communes(), unitsDate, counted), levels,
                target.map(t -> t.source).orElse(null));
    }

    /** First year of the 2026–2030 period (QĐ 51/2025/QĐ-TTg), from which the modern NTM level is counted. */
    static final int PERIOD_2026 = 2026;

    /**
     * Which levels a year's progress shows: the three of 2021–2025 up to 2025, and from 2026 also MODERN (the pilot of
     * QĐ 51/2025 Phụ lục II). ADVANCED and MODEL stay from 2026 as held history: no national set of 2026–2030 ends them.
     */
    static boolean counted(Level level, int year) {
        return level != Level.MODERN || year >= PERIOD_2026;
    }

    public static ProgressView.Share share(long part, long whole) {
        if (whole == 0) {
            return new ProgressView.Share(part + "/0", null, null);
        }
        BigDecimal rate = BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
        BigDecimal percent = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return new ProgressView.Share(part + "/" + whole, rate, percent);
    }

    static Table table(ProgressView p) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProgressView.LevelProgress l : p.levels()) {
            List<Object> row = new ArrayList<>();
            row.add(p.province().code());
            row.add(p.province().name());
            row.add(p.year());
            row.add(p.basis().name());
            row.add(p.asOf());
            row.add(p.denominator().unitsDate());
            row.add(l.level().name());
            row.add(l.achieved());
            row.add(p.denominator().communes());
            row.add(l.achievedShare().fraction());
            row.add(l.achievedShare().percent());
            row.add(l.target());
            row.add(l.targetShare() == null ? null : l.targetShare().fraction());
            row.add(l.targetShare() == null ? null : l.targetShare().percent());
            row.add(l.remaining());
            row.add(l.targetMet() == null ? null : (l.targetMet() ? "YES" : "NO"));
            rows.add(row);
        }
        List<String> preamble = new ArrayList<>();
        preamble.add("Progress of " + p.province().name() + " (" + p.province().code() + ") for " + p.year() + ", counted by "
                + p.basis() + ", recognitions known on " + p.asOf());
        preamble.add("Denominator: " + p.denominator().communes() + ". " + p.denominator().counts());
        if (p.targetSource() != null) {
            preamble.add("Targets: " + p.targetSource());
        }
        return new Table("Progress " + p.province().code() + " " + p.year(), preamble,
                List.of("provinceCode", "provinceName", "year", "basis", "asOf", "unitsDate", "level", "achieved", "denominator",
                        "achievedFraction", "achievedPercent", "target", "targetFraction", "targetPercent", "remaining", "targetMet"),
                rows);
    }
}
