package vn.ntm.campaign.retention;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.ntm.campaign.retention.RetentionApi.RetentionRun;
import vn.ntm.campaign.retention.RetentionApi.StepCount;

/** The register of retention runs ({@code retention_run}, {@code retention_run_step}): what each run did, as counts. */
final class RetentionRuns {

    private RetentionRuns() {
    }

    static RetentionRun record(Connection conn, Instant ranAt, String trigger, List<StepCount> steps, Function<RetentionKind, String> basis)
            throws SQLException {
        long id;
        try (PreparedStatement ps = conn.prepareStatement("INSERT INTO retention_run (ran_at, trigger) VALUES (?, ?) RETURNING id")) {
            ps.setTimestamp(1, Timestamp.from(ranAt));
            ps.setString(2, trigger);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO retention_run_step (run_id, position, kind, cutoff, affected, basis) VALUES (?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (StepCount s : steps) {
                ps.setLong(1, id);
                ps.setInt(2, position++);
                ps.setString(3, s.kind().name());
                ps.setString(4, s.cutoff());
                ps.setLong(5, s.affected());
                ps.setString(6, basis.apply(s.kind()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return new RetentionRun(id, ranAt, trigger, steps);
    }

    static List<RetentionRun> latest(AgroalDataSource dataSource, int limit) {
        Map<Long, RetentionRun> runs = new LinkedHashMap<>();
        try (Connection conn = dataSource.getConnection();
             PreparedStatement ps = conn.prepareStatement("""
                     SELECT r.id, r.ran_at, r.trigger, s.kind, s.cutoff, s.affected
                     FROM (SELECT * FROM retention_run ORDER BY id DESC LIMIT ?) r
                     JOIN retention_run_step s ON s.run_id = r.id
                     ORDER BY r.id DESC, s.position
                     """)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Instant ranAt = vn.ntm.campaign.support.Jdbc.instant(rs.getTimestamp(2));
                    String trigger = rs.getString(3);
                    RetentionRun run = runs.computeIfAbsent(id, k -> new RetentionRun(k, ranAt, trigger, new ArrayList<>()));
                    run.steps().add(new StepCount(RetentionKind.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the retention runs", e);
        }
        return List.copyOf(runs.values());
    }
}
