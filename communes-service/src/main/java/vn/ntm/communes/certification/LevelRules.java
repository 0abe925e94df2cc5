package vn.ntm.communes.certification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ntm.communes.Level;
import vn.ntm.communes.certification.DossierApi.UnmetCondition;
import vn.ntm.communes.criteria.CriteriaSetEntity;
import vn.ntm.communes.criteria.CriteriaSetService;
import vn.ntm.communes.criteria.PublishedSet;
import vn.ntm.communes.recognition.RecognitionRef;
import vn.ntm.communes.recognition.RecognitionRegistry;

/**
 * What a level asks of a dossier beyond its criteria: the level below it held first, and a programme period in which
 * the level still exists. Both are read from data (the registry and the criteria sets' periods), never from the
 * calendar in code: ADVANCED and MODEL end with 2021–2025 because no national set of theirs covers a later year,
 * and they would reopen if one were published.
 */
@ApplicationScoped
public class LevelRules {

    @Inject
    RecognitionRegistry registry;

    @Inject
    CriteriaSetService criteriaSets;

    @Inject
    CertificationConfig config;

    /** The national set of a level whose period ends last, if the level has one. */
    Optional<CriteriaSetEntity> lastPeriodOf(Level level) {
        List<CriteriaSetEntity> sets = CriteriaSetEntity.list("level = ?1 AND baseCode IS NULL AND status = 'PUBLISHED'", level);
        return sets.stream().max(Comparator.comparingInt((CriteriaSetEntity s) -> s.periodTo).thenComparingInt(s -> -s.periodFrom));
    }

    /**
     * A NEW dossier at a level whose every national set ended before the dossier's date is refused, naming the
     * period; dossiers opened within the period go on to the end (their later steps are not checked here).
     */
    void levelStillOpen(Level level, LocalDate date, List<UnmetCondition> unmet) {
        Optional<CriteriaSetEntity> last = lastPeriodOf(level);
        if (last.isPresent() && date.getYear() > last.get().periodTo) {
            CriteriaSetEntity s = last.get();
            unmet.add(new UnmetCondition("LEVEL_PERIOD_ENDED", "No new " + level + " dossier can be opened on " + date + ": the level belongs to the "
                    + s.periodFrom + "–" + s.periodTo + " period (" + s.code + ", the last national set of that level), which has ended. Dossiers opened "
                    + "within " + s.periodFrom + "–" + s.periodTo + " continue; for " + date.getYear() + " assess against the sets of the current period."));
        }
    }

    /** The recognition a level rests on, held on {@code on}. */
    void prerequisite(Level level, long unitId, String communeName, String assessedSetCode, LocalDate on, List<UnmetCondition> unmet,
                      Map<String, Object> checks) {
        switch (level) {
            case NTM -> {
                // the first level has no prerequisite
            }
            case ADVANCED -> {
                Optional<RecognitionRef> ntm = registry.current(unitId, Level.NTM, on);
                checks.put("prerequisite", ntm.map(r -> (Object) Map.of("level", "NTM", "recognitionId", r.id().toString())).orElse("none"));
                if (ntm.isEmpty()) {
                    unmet.add(new UnmetCondition("PREREQUISITE_RECOGNITION", communeName + " holds no current NTM recognition on " + on
                            + "; the advanced level requires one."));
                }
            }
            case MODEL -> {
                Optional<RecognitionRef> advanced = registry.current(unitId, Level.ADVANCED, on)
                        .filter(r -> config.modelPrerequisiteSetCode().equals(r.criteriaSetCode()));
                checks.put("prerequisite", advanced.map(r -> (Object) Map.of("level", "ADVANCED", "recognitionId", r.id().toString())).orElse("none"));
                if (advanced.isEmpty()) {
                    unmet.add(new UnmetCondition("PREREQUISITE_RECOGNITION", communeName + " holds no current ADVANCED recognition under "
                            + config.modelPrerequisiteSetCode() + " on " + on + " (QĐ 319/QĐ-TTg, condition 1)."));
                }
            }
            case MODERN -> modernPrerequisite(unitId, communeName, assessedSetCode, on, unmet, checks);
        }
    }

    /**
     * QĐ 51/2025/QĐ-TTg, Phụ lục II: the modern-commune pilot is for communes recognised NTM under the 2026–2030 set.
     * "2026–2030" is the period of the MODERN framework the dossier is assessed against, so an NTM recognition earned
     * under QĐ 318 (2021–2025) does not count, and a provincial NTM set of the same period does.
     */
    private void modernPrerequisite(long unitId, String communeName, String assessedSetCode, LocalDate on, List<UnmetCondition> unmet,
                                    Map<String, Object> checks) {
        PublishedSet framework = criteriaSets.latest(assessedSetCode).orElseThrow();
        Optional<RecognitionRef> ntm = registry.current(unitId, Level.NTM, on);
        Optional<PublishedSet> earnedUnder = ntm.flatMap(r -> criteriaSets.latest(r.criteriaSetCode()));
        boolean samePeriod = earnedUnder.filter(s -> s.periodFrom() == framework.periodFrom() && s.periodTo() == framework.periodTo()).isPresent();
        String period = framework.periodFrom() + "–" + framework.periodTo();
        checks.put("prerequisite", ntm.filter(r -> samePeriod)
                .map(r -> (Object) Map.of("level", "NTM", "recognitionId", r.id().toString(), "criteriaSetCode", r.criteriaSetCode()))
                .orElse("none"));
        if (!samePeriod) {
            unmet.add(new UnmetCondition("PREREQUISITE_RECOGNITION", communeName + " holds no current NTM recognition under a " + period
                    + " criteria set on " + on + (ntm.isPresent() ? " (its NTM recognition was earned under " + ntm.get().criteriaSetCode() + ")" : "")
                    + "; a modern NTM commune must first be an NTM commune of " + period + " (QĐ 51/2025/QĐ-TTg, Phụ lục II)."));
        }
    }
}
