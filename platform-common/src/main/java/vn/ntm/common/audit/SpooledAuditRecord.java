package vn.ntm.common.audit;

import java.time.Instant;

/** An audit record that could not be written when it happened, kept in the {@link AuditSpool} until it can. */
public record SpooledAuditRecord(Instant occurredAt, String actor, String roles, String requestId, String method, String path, int status) {
}
