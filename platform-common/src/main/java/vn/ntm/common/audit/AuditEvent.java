package vn.ntm.common.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One audited write: who did what to which resource, and with what result. */
@Schema(name = "AuditEvent", description = "One write to the platform: who, role, when, what, request id and result.")
public record AuditEvent(
        long id,
        Instant occurredAt,
        @Schema(example = "officer.haiduong") String actor,
        @Schema(example = "PROVINCE_OFFICER") String actorRoles,
        String requestId,
        @Schema(example = "POST") String method,
        @Schema(example = "/api/v1/dossiers/5b0f7c1e-2d1a-4a43-9b8e-0c9d5d2b6f10/transitions") String path,
        @Schema(example = "200") int status,
        @Schema(example = "SUCCESS") String result) {
}
