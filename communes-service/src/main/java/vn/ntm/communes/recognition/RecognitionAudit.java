package vn.ntm.communes.recognition;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;

/**
 * The audit trail of one recognition. Read here rather than through the shared AuditTrail because this service's
 * table also keeps a detail (the reason of an acknowledgement override), which the shared record does not carry.
 */
@ApplicationScoped
public class RecognitionAudit {

    /** One audited write, with its detail. */
    @Schema(name = "CommunesAuditEntry")
    public record Entry(long id, Instant occurredAt, @Schema(example = "test.province_officer.31") String actor,
                        @Schema(example = "PROVINCE_OFFICER") String actorRoles, String requestId, @Schema(example = "POST") String method,
                        String path, @Schema(example = "201") int status, @Schema(example = "OVERRIDE") String result,
                        @Schema(description = "For an override: what was overridden and the stated reason.") String detail) {
    }

    private final AgroalDataSource dataSource;

    RecognitionAudit(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public PageResponse<Entry> of(java.util.UUID id, PageQuery page) {
        String path = "/api/v1/recognitions/" + id;
        String where = " FROM audit_event WHERE path = ? OR path LIKE ?";
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*)" + where)) {
                ps.setString(1, path);
                ps.setString(2, path + "/%");
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Entry> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, occurred_at, actor, actor_roles, request_id, method, path, status, "
                    + "result, detail" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")) {
                ps.setString(1, path);
                ps.setString(2, path + "/%");
                ps.setInt(3, page.size());
                ps.setLong(4, page.offset());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10)));
                    }
                }
            }
            return PageResponse.of(items, page, total);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit of recognition " + id, e);
        }
    }
}
