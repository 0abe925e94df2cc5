package vn.ntm.common.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.requestid.RequestIds;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.CurrentActor;

/**
 * The disclosure log of a service: one row per read of personal data, kept in the service's own
 * {@code disclosure_event} table, created by its Flyway migration with exactly this shape:
 *
 * <pre>
 * CREATE TABLE disclosure_event (
 *     id            BIGSERIAL PRIMARY KEY,
 *     occurred_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
 *     actor         TEXT NOT NULL,
 *     actor_roles   TEXT,
 *     request_id    TEXT,
 *     category      TEXT NOT NULL,
 *     channel       TEXT NOT NULL CHECK (channel IN ('READ', 'EXPORT')),
 *     purpose       TEXT NOT NULL,
 *     record_type   TEXT NOT NULL,
 *     record_ids    TEXT[] NOT NULL,
 *     province_code TEXT,
 *     commune_code  TEXT
 * );
 * CREATE INDEX disclosure_event_records ON disclosure_event USING GIN (record_ids);
 * CREATE INDEX disclosure_event_time ON disclosure_event (occurred_at DESC, id DESC);
 * </pre>
 *
 * <p>Written before the data is returned, on its own connection and committed at once: if the log cannot be written the
 * read fails (the caller gets the database-outage 503), so no personal data leaves unlogged, and a read that later fails
 * to serialise is still on record. The audit trail ({@code audit_event}) keeps writes; this log keeps reads, which the
 * audit trail does not see. Plain JDBC rather than an entity because the same table lives in every service's own schema
 * and platform-common holds no entities.
 */
@ApplicationScoped
public class DisclosureLog {

    private static final String COLUMNS = "id, occurred_at, actor, actor_roles, request_id, category, channel, purpose, record_type, record_ids, province_code, commune_code";

    @Inject
    Instance<DataSource> dataSource;

    @Inject
    CurrentActor currentActor;

    /** Logs a read by the current caller. A read of no record (an empty page) is not a disclosure and is not logged. */
    public void record(Disclosure d) {
        if (d.recordIds().isEmpty()) {
            return;
        }
        Actor actor = currentActor.get();
        String sql = "INSERT INTO disclosure_event (actor, actor_roles, request_id, category, channel, purpose, record_type, record_ids, province_code, commune_code)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.get().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
            ps.setString(1, actor.subject());
            ps.setString(2, actor.rolesText());
            ps.setString(3, RequestIds.current());
            ps.setString(4, d.category());
            ps.setString(5, d.channel());
            ps.setString(6, d.purpose());
            ps.setString(7, d.recordType());
            Array ids = c.createArrayOf("text", d.recordIds().toArray());
            ps.setArray(8, ids);
            ps.setString(9, d.provinceCode());
            ps.setString(10, d.communeCode());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the disclosure record; the read is refused", e);
        }
    }

    /** The reads matching the filter, newest first. */
    public PageResponse<DisclosureEvent> find(DisclosureFilter f, PageQuery page) {
        StringBuilder where = new StringBuilder(" FROM disclosure_event WHERE TRUE");
        List<Object> args = new ArrayList<>();
        condition(where, args, " AND category = ?", f.category());
        condition(where, args, " AND record_type = ?", f.recordType());
        condition(where, args, " AND record_ids @> ARRAY[?]::text[]", f.recordId());
        condition(where, args, " AND actor = ?", f.actor());
        condition(where, args, " AND province_code = ?", f.provinceCode());
        condition(where, args, " AND commune_code = ?", f.communeCode());
        condition(where, args, " AND occurred_at >= ?", f.from() == null ? null : Timestamp.from(f.from()));
        condition(where, args, " AND occurred_at < ?", f.to() == null ? null : Timestamp.from(f.to()));
        try (Connection c = dataSource.get().getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<DisclosureEvent> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")) {
                int n = bind(ps, args);
                ps.setInt(n + 1, page.size());
                ps.setLong(n + 2, page.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new DisclosureEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                                Arrays.asList((String[]) rs.getArray(10).getArray()), rs.getString(11), rs.getString(12)));
                    }
                }
            }
            return PageResponse.of(items, page, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the disclosure log", e);
        }
    }

    private static void condition(StringBuilder where, List<Object> args, String clause, Object value) {
        if (value != null) {
            where.append(clause);
            args.add(value);
        }
    }

    private static int bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        return args.size();
    }
}
