package vn.ntm.communes.recognition;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.ntm.communes.Level;
import vn.ntm.communes.units.LevelStatus;
import vn.ntm.communes.units.UnitsChanged;

/**
 * Keeps {@code derived_level} (the level merged units hold by {@link SuccessorLevelRule}) in step with the
 * recognitions of their predecessors, so that listings and progress can filter and count it in SQL.
 * Runs inside the transaction that changed a recognition or the lineage.
 */
@ApplicationScoped
public class DerivedLevels {

    /** What the rule saw for one predecessor, with enough to show it. */
    record PredecessorView(long unitId, String code, String name, LocalDate validTo, List<SuccessorLevelRule.Held> held) {
    }

    private final AgroalDataSource dataSource;

    DerivedLevels(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void afterImport(@Observes UnitsChanged event) {
        refreshAll();
    }

    /** Recomputes the successors of {@code unitId} (after one of its recognitions changed). */
    public void refreshSuccessorsOf(long unitId) {
        refresh(ids("SELECT successor_id FROM commune_lineage WHERE predecessor_id = ?", unitId));
    }

    /** Recomputes every unit whose predecessors hold or held a recognition, and clears stale rows. */
    public void refreshAll() {
        refresh(ids("""
                SELECT l.successor_id FROM commune_lineage l WHERE EXISTS (SELECT 1 FROM recognition r WHERE r.unit_id = l.predecessor_id)
                UNION SELECT unit_id FROM derived_level"""));
    }

    /** The rule applied now to one unit's predecessors (for the unit view). */
    public LevelStatus statusOf(long successorId) {
        List<PredecessorView> predecessors = predecessors(List.of(successorId)).getOrDefault(successorId, List.of());
        SuccessorLevelRule.Outcome outcome = SuccessorLevelRule.apply(
                predecessors.stream().map(p -> new SuccessorLevelRule.Predecessor(p.unitId(), p.held())).toList());
        List<LevelStatus.Source> sources = new ArrayList<>();
        for (int i = 0; i < predecessors.size(); i++) {
            PredecessorView p = predecessors.get(i);
            SuccessorLevelRule.Held basis = outcome.basis().get(i);
            sources.add(new LevelStatus.Source(p.code(), p.name(), p.validTo(), basis == null ? null : basis.level(),
                    basis == null ? null : basis.criteriaSetCode(), basis == null ? null : basis.recognitionId()));
        }
        String basis = outcome.level() != null ? LevelStatus.PREDECESSORS : LevelStatus.NONE;
        return new LevelStatus(outcome.level(), basis, outcome.criteriaSetCode(), null, outcome.reappraisalRequired(),
                predecessors.isEmpty() ? null : sources);
    }

    private void refresh(Collection<Long> successorIds) {
        if (successorIds.isEmpty()) {
            return;
        }
        Map<Long, List<PredecessorView>> bySuccessor = predecessors(successorIds);
        try (Connection c = dataSource.getConnection();
             PreparedStatement upsert = c.prepareStatement("""
                     INSERT INTO derived_level (unit_id, level, criteria_set_code, reappraisal_required, computed_at)
                     VALUES (?, ?, ?, ?, now())
                     ON CONFLICT (unit_id) DO UPDATE SET level = EXCLUDED.level, criteria_set_code = EXCLUDED.criteria_set_code,
                         reappraisal_required = EXCLUDED.reappraisal_required, computed_at = now()""");
             PreparedStatement delete = c.prepareStatement("DELETE FROM derived_level WHERE unit_id = ?")) {
            for (long id : successorIds) {
                List<PredecessorView> predecessors = bySuccessor.getOrDefault(id, List.of());
                SuccessorLevelRule.Outcome outcome = SuccessorLevelRule.apply(
                        predecessors.stream().map(p -> new SuccessorLevelRule.Predecessor(p.unitId(), p.held())).toList());
                if (outcome.level() == null && !outcome.reappraisalRequired()) {
                    delete.setLong(1, id);
                    delete.addBatch();
                } else {
                    upsert.setLong(1, id);
                    upsert.setString(2, outcome.level() == null ? null : outcome.level().name());
                    upsert.setString(3, outcome.criteriaSetCode());
                    upsert.setBoolean(4, outcome.reappraisalRequired());
                    upsert.addBatch();
                }
            }
            upsert.executeBatch();
            delete.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the levels of merged units", e);
        }
    }

    /** Predecessors of each unit with the recognitions they held on their last day. */
    private Map<Long, List<PredecessorView>> predecessors(Collection<Long> successorIds) {
        String sql = """
                SELECT l.successor_id, o.id, o.code, o.name, o.valid_to, r.id AS rid, r.level, r.criteria_set_code
                FROM commune_lineage l
                JOIN commune o ON o.id = l.predecessor_id
                LEFT JOIN recognition r ON r.unit_id = o.id AND r.decision_date <= o.valid_to
                     AND (r.revoked_on IS NULL OR r.revoked_on > o.valid_to)
                WHERE l.successor_id = ANY (?)
                ORDER BY l.successor_id, o.code, level_rank(r.level)""";
        Map<Long, Map<Long, PredecessorView>> grouped = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("int8", successorIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long successor = rs.getLong(1);
                    long predecessor = rs.getLong(2);
                    String code = rs.getString(3);
                    String name = rs.getString(4);
                    Date validTo = rs.getDate(5);
                    PredecessorView view = grouped.computeIfAbsent(successor, k -> new LinkedHashMap<>())
                            .computeIfAbsent(predecessor, k -> new PredecessorView(predecessor, code, name,
                                    validTo == null ? null : validTo.toLocalDate(), new ArrayList<>()));
                    String recognition = rs.getString("rid");
                    if (recognition != null) {
                        view.held().add(new SuccessorLevelRule.Held(UUID.fromString(recognition), Level.valueOf(rs.getString("level")),
                                rs.getString("criteria_set_code")));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the predecessors' recognitions", e);
        }
        Map<Long, List<PredecessorView>> result = new LinkedHashMap<>();
        grouped.forEach((k, v) -> result.put(k, List.copyOf(v.values())));
        return result;
    }

    private Set<Long> ids(String sql, long... parameters) {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setLong(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the lineage", e);
        }
        return ids;
    }
}
