-- Every write to this service, answered or refused (see vn.ntm.common.audit.AuditFilter). Never updated, never deleted.
CREATE TABLE audit_event (
    id          BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor       TEXT        NOT NULL,
    actor_roles TEXT,
    request_id  TEXT,
    method      TEXT        NOT NULL,
    path        TEXT        NOT NULL,
    status      INTEGER     NOT NULL,
    result      TEXT        NOT NULL
);
CREATE INDEX audit_event_path ON audit_event (path text_pattern_ops, occurred_at DESC);
