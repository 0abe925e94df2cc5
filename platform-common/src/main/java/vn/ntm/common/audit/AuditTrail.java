package vn.ntm.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;

/**
 * The audit log of a service: one row per write, kept in the service's own {@code audit_event} table
 * (created by its Flyway migration, see docs/architecture.md). A service without a datasource (the gateway) has no trail. Written after the request has finished, on its
 * own connection, so that refused and failed writes are recorded too.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    Instance<DataSource> dataSource;

    public boolean available() {
        return dataSource.isResolvable();
    }

    public void record(String actor, String roles, String requestId, String method, String path, int status) {
        String sql = "INSERT INTO audit_event (actor, actor_roles, request_id, method, path, status, result) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.get().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, storable(actor));
            ps.setString(2, storable(roles));
            ps.setString(3, storable(requestId));
            ps.setString(4, method);
            ps.setString(5, truncate(storable(path), 500));
            ps.setInt(6, status);
            ps.setString(7, resultOf(status));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit record", e);
        }
    }

    private static String resultOf(int status) {
        return status < 400 ? "SUCCESS" : (status < 500 ? "REFUSED" : "FAILED");
    }

    /**
     * Writes records spooled during an outage with their original time, in one transaction: all or none. A record whose
     * first write reached the database but whose commit was never acknowledged (the connection dropped in between) is
     * both stored and spooled; it is skipped here when a row of the same request, method, path and status exists, so an
     * outage does not leave the trail with a write recorded twice. Each request has its own id, so no other record
     * matches; the path index keeps the check cheap.
     */
    public void insertAll(List<SpooledAuditRecord> records) {
        String sql = "INSERT INTO audit_event (occurred_at, actor, actor_roles, request_id, method, path, status, result)"
                + " SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM audit_event"
                + " WHERE path = ? AND request_id = ? AND method = ? AND status = ?)";
        try (Connection c = dataSource.get().getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (SpooledAuditRecord r : records) {
                    ps.setObject(1, java.time.OffsetDateTime.ofInstant(r.occurredAt(), java.time.ZoneOffset.UTC));
                    ps.setString(2, r.actor());
                    ps.setString(3, r.roles());
                    ps.setString(4, r.requestId());
                    ps.setString(5, r.method());
                    ps.setString(6, truncate(r.path(), 500));
                    ps.setInt(7, r.status());
                    ps.setString(8, resultOf(r.status()));
                    ps.setString(9, truncate(r.path(), 500));
                    ps.setString(10, r.requestId());
                    ps.setString(11, r.method());
                    ps.setInt(12, r.status());
                    ps.addBatch();
                }
                ps.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the spooled audit records", e);
        }
    }

    /** The writes to one record and everything below it, newest first. */
    public PageResponse<AuditEvent> forRecord(String recordPath, PageQuery page) {
        String prefix = recordPath.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        String where = " FROM audit_event WHERE path = ? OR path LIKE ?";
        try (Connection c = dataSource.get().getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + where)) {
                ps.setString(1, recordPath);
                ps.setString(2, prefix + "/%");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditEvent> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, occurred_at, actor, actor_roles, request_id, method, path, status, result"
                    + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")) {
                ps.setString(1, recordPath);
                ps.setString(2, prefix + "/%");
                ps.setInt(3, page.size());
                ps.setLong(4, page.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Timestamp at = rs.getTimestamp(2);
                        items.add(new AuditEvent(rs.getLong(1), at.toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9)));
                    }
                }
            }
            return PageResponse.of(items, page, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit records", e);
        }
    }

    /**
     * PostgreSQL refuses a NUL in text ("invalid byte sequence for encoding UTF8: 0x00"): a refused request whose path
     * held one must still leave its audit record, so the NUL is stored as U+FFFD, the mark of a character that could
     * not be kept.
     */
    static String storable(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\uFFFD');
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
