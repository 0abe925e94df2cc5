package vn.ntm.communes.targets;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ntm.common.http.Versions;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.security.Scopes;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.communes.Level;
import vn.ntm.communes.units.ProvinceRef;
import vn.ntm.communes.units.ProvinceViews;

/**
 * Provincial targets. A year's targets belong to the province carrying the code at the end of that year, or to the last
 * one that carried it (2025 targets of 30 are Hải Dương's). Updates need the current version (If-Match).
 */
@ApplicationScoped
public class TargetService {

    private final ProvinceViews provinces;
    private final ProgressQueries progress;
    private final Instance<CurrentActor> actor;

    TargetService(ProvinceViews provinces, ProgressQueries progress, Instance<CurrentActor> actor) {
        this.provinces = provinces;
        this.progress = progress;
        this.actor = actor;
    }

    /** The province a year's figures belong to. */
    public ProvinceRef provinceFor(String code, int year) {
        return provinces.require(code, LocalDate.of(year, 12, 31));
    }

    public Optional<ProvinceTargetEntity> find(long provinceId, int year) {
        return ProvinceTargetEntity.find("provinceId = ?1 and year = ?2", provinceId, year).firstResultOptional();
    }

    /** Creates or replaces the targets; {@code created} tells which. */
    public record Saved(ProvinceTargetEntity target, boolean created) {
    }

    @Transactional
    public Saved put(ProvinceRef province, int year, TargetRequest request, String ifMatch) {
        Scopes.requireProvince(actor.get().get(), province.code());
        Optional<ProvinceTargetEntity> existing = find(province.id(), year);
        if (existing.isPresent()) {
            Versions.requireCurrent(ifMatch, existing.get().version);
        } else if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().equals("*")) {
            throw ApiException.staleVersion("There are no targets of " + province.name() + " for " + year + " to match " + ifMatch + ".");
        }
        check(province, year, request.targets());
        ProvinceTargetEntity target = existing.orElseGet(ProvinceTargetEntity::new);
        target.provinceId = province.id();
        target.year = year;
        for (Level level : Level.values()) {
            target.setTarget(level, request.targets().get(level));
        }
        target.source = VietnameseText.nfc(request.source());
        target.updatedAt = Instant.now();
        target.updatedBy = actorName();
        if (existing.isEmpty()) {
            target.persist();
        }
        ProvinceTargetEntity.flush();
        return new Saved(target, existing.isEmpty());
    }

    /** A target cannot exceed the rural communes it counts, and model communes are advanced ones (and advanced are NTM). */
    private void check(ProvinceRef province, int year, Map<Level, Integer> targets) {
        LocalDate end = LocalDate.of(year, 12, 31);
        long communes = progress.ruralCommunes(province.id(), province.unitsDate(end));
        List<Problem.FieldError> errors = new ArrayList<>();
        targets.forEach((level, value) -> {
            if (value > communes) {
                errors.add(new Problem.FieldError("targets." + level, value + " is more than the " + communes + " rural communes (XA) of "
                        + province.name() + " on " + province.unitsDate(end)));
            }
        });
        Level[] levels = Level.values();
        for (int i = 1; i < Level.MODERN.ordinal(); i++) {
            Integer lower = targets.get(levels[i - 1]);
            Integer higher = targets.get(levels[i]);
            if (lower != null && higher != null && higher > lower) {
                errors.add(new Problem.FieldError("targets." + levels[i], higher + " " + levels[i] + " communes cannot exceed the "
                        + lower + " " + levels[i - 1] + " communes they are part of"));
            }
        }
        // modern NTM communes (2026–2030) are NTM communes; they are not part of the 2021–2025 advanced/model ladder
        Integer ntm = targets.get(Level.NTM);
        Integer modern = targets.get(Level.MODERN);
        if (ntm != null && modern != null && modern > ntm) {
            errors.add(new Problem.FieldError("targets.MODERN", modern + " MODERN communes cannot exceed the " + ntm + " NTM communes they are part of"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The targets are inconsistent.", errors);
        }
    }

    public static TargetView view(ProvinceRef province, ProvinceTargetEntity t) {
        Map<Level, Integer> targets = new EnumMap<>(Level.class);
        for (Level level : Level.values()) {
            if (t.target(level) != null) {
                targets.put(level, t.target(level));
            }
        }
        return new TargetView(province, t.year, targets, t.source, t.version, t.updatedBy, t.updatedAt);
    }

    private String actorName() {
        if (!Arc.container().requestContext().isActive() || !actor.isResolvable()) {
            return "system";
        }
        return actor.get().get().subject();
    }
}
