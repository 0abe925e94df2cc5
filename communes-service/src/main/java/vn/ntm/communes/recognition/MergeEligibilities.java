package vn.ntm.communes.recognition;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.ntm.communes.Level;
import vn.ntm.communes.recognition.AcknowledgementRule.Held;
import vn.ntm.communes.recognition.AcknowledgementRule.Outcome;
import vn.ntm.communes.recognition.AcknowledgementRule.Predecessor;
import vn.ntm.communes.units.UnitsChanged;

/**
 * Reads what {@link AcknowledgementRule} needs (each predecessor, whether it was split, what it held on its last day)
 * and keeps {@code merge_eligibility} in step, so that listings can show "to be re-appraised" in SQL. The table is a
 * computed state, never a level. Runs inside the transaction that changed a recognition or the lineage.
 */
@ApplicationScoped
public class MergeEligibilities {

    private final AgroalDataSource dataSource;

    MergeEligibilities(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void afterImport(@Observes UnitsChanged event) {
        refreshAll();
    }

    /**
     * V40 replaced derived_level by an empty merge_eligibility; a database that already holds recognitions of
     * predecessors gets its eligibility computed once, on the first start after the migration.
     */
    void onStart(@Observes io.quarkus.runtime.StartupEvent event) {
        if (!ids("SELECT 1 FROM commune_lineage l JOIN recognition r ON r.unit_id = l.predecessor_id "
                + "WHERE NOT EXISTS (SELECT 1 FROM merge_eligibility) LIMIT 1").isEmpty()) {
            refreshAll();
        }
    }

    /** The predecessors of a unit, as the rule sees them. */
    public List<Predecessor> predecessors(long successorId) {
        return predecessors(List.of(successorId)).getOrDefault(successorId, List.of());
    }

    public Outcome of(long successorId) {
        return AcknowledgementRule.apply(predecessors(successorId));
    }

    /** Recomputes the successors of {@code unitId} (after one of its recognitions changed). */
    public void refreshSuccessorsOf(long unitId) {
        refresh(ids("SELECT successor_id FROM commune_lineage WHERE predecessor_id = ?", unitId));
    }

    /** Recomputes every unit whose predecessors hold or held a recognition, and clears stale rows. */
    public void refreshAll() {
        refresh(ids("""
                SELECT l.successor_id FROM commune_lineage l WHERE EXISTS (SELECT 1 FROM recognition r WHERE r.unit_id = l.predecessor_id)
                UNION SELECT unit_id FROM merge_eligibility"""));
    }

    private void refresh(Collection<Long> successorIds) {
        if (successorIds.isEmpty()) {
            return;
        }
        Map<Long, List<Predecessor>> bySuccessor = predecessors(successorIds);
        try (Connection c = dataSource.getConnection();
             PreparedStatement upsert = c.prepareStatement("""
                     INSERT INTO merge_eligibility (unit_id, eligible_level, criteria_set_code, merge, composition, reappraisal_required, computed_at)
                     VALUES (?, ?, ?, ?, ?, ?, now())
                     ON CONFLICT (unit_id) DO UPDATE SET eligible_level = EXCLUDED.eligible_level, criteria_set_code = EXCLUDED.criteria_set_code,
                         merge = EXCLUDED.merge, composition = EXCLUDED.composition,
                         reappraisal_required = EXCLUDED.reappraisal_required, computed_at = now()""");
             PreparedStatement delete = c.prepareStatement("DELETE FROM merge_eligibility WHERE unit_id = ?")) {
            for (long id : successorIds) {
                List<Predecessor> predecessors = bySuccessor.getOrDefault(id, List.of());
                Outcome outcome = AcknowledgementRule.apply(predecessors);
                if (predecessors.isEmpty() || outcome.composition() == AcknowledgementRule.Composition.NONE) {
                    delete.setLong(1, id);
                    delete.addBatch();
                    continue;
                }
                AcknowledgementRule.Option top = outcome.highest().orElse(null);
                upsert.setLong(1, id);
                upsert.setString(2, top == null ? null : top.level().name());
                upsert.setString(3, top == null ? null : top.criteriaSetCode());
                upsert.setString(4, outcome.merge().name());
                upsert.setString(5, outcome.composition().name());
                upsert.setBoolean(6, outcome.reappraisalRequired());
                upsert.addBatch();
            }
            upsert.executeBatch();
            delete.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update the eligibility of merged units", e);
        }
    }

    /** Predecessors of each unit with the recognitions they held on their last day, and where a split one also went. */
    private Map<Long, List<Predecessor>> predecessors(Collection<Long> successorIds) {
        String sql = """
                SELECT l.successor_id, o.id, o.code, o.name, o.valid_to, l.kind,
                       r.id AS rid, r.level, r.criteria_set_code, r.recognition_year, r.decision_number, r.decision_date,
                       (SELECT string_agg(s.code || '|' || s.name, ';' ORDER BY s.code) FROM commune_lineage x
                        JOIN commune s ON s.id = x.successor_id WHERE x.predecessor_id = o.id AND x.successor_id <> l.successor_id) AS others
                FROM commune_lineage l
                JOIN commune o ON o.id = l.predecessor_id
                LEFT JOIN recognition r ON r.unit_id = o.id AND r.decision_date <= o.valid_to
                     AND (r.revoked_on IS NULL OR r.revoked_on > o.valid_to)
                WHERE l.successor_id = ANY (?)
                ORDER BY l.successor_id, o.code, level_rank(r.level)""";
        Map<Long, Map<Long, Predecessor>> grouped = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("int8", successorIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long successor = rs.getLong(1);
                    long predecessor = rs.getLong(2);
                    String code = rs.getString(3);
                    String name = rs.getString(4);
                    Date validTo = rs.getDate(5);
                    boolean partial = "PARTIAL".equals(rs.getString(6));
                    String others = rs.getString("others");
                    Predecessor view = grouped.computeIfAbsent(successor, k -> new LinkedHashMap<>())
                            .computeIfAbsent(predecessor, k -> new Predecessor(code, name, validTo == null ? null : validTo.toLocalDate(),
                                    partial, units(others), new ArrayList<>()));
                    String recognition = rs.getString("rid");
                    if (recognition != null) {
                        view.held().add(new Held(UUID.fromString(recognition), Level.valueOf(rs.getString("level")),
                                rs.getString("criteria_set_code"), rs.getInt("recognition_year"), rs.getString("decision_number"),
                                rs.getDate("decision_date").toLocalDate()));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the predecessors' recognitions", e);
        }
        Map<Long, List<Predecessor>> result = new LinkedHashMap<>();
        grouped.forEach((k, v) -> result.put(k, List.copyOf(v.values())));
        return result;
    }

    private static List<AcknowledgementRule.Unit> units(String aggregated) {
        if (aggregated == null || aggregated.isEmpty()) {
            return List.of();
        }
        List<AcknowledgementRule.Unit> units = new ArrayList<>();
        for (String pair : aggregated.split(";")) {
            int bar = pair.indexOf('|');
            units.add(new AcknowledgementRule.Unit(pair.substring(0, bar), pair.substring(bar + 1)));
        }
        return units;
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
