-- Idempotency-Key records (see vn.ntm.common.idempotency): the first answer to a key, replayed to retries.
-- A row without status is a request still being processed. Rows are purged after ntm.idempotency.retention.
CREATE TABLE idempotency_key (
    key          TEXT PRIMARY KEY,
    fingerprint  TEXT        NOT NULL,
    status       INTEGER,
    content_type TEXT,
    body         TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at TIMESTAMPTZ
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
