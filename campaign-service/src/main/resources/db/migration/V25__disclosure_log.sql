-- The disclosure log (Law 91/2025/QH15, issue 20): one row per read of personal data. The shape is platform-common
-- DisclosureLog's, which writes and reads it; the same table lives in every service's own schema.
CREATE TABLE disclosure_event (
    id            BIGSERIAL PRIMARY KEY,
    occurred_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor         TEXT NOT NULL,
    actor_roles   TEXT,
    request_id    TEXT,
    category      TEXT NOT NULL,
    channel       TEXT NOT NULL CHECK (channel IN ('READ', 'EXPORT')),
    purpose       TEXT NOT NULL,
    record_type   TEXT NOT NULL,
    record_ids    TEXT[] NOT NULL,
    province_code TEXT,
    commune_code  TEXT
);
CREATE INDEX disclosure_event_records ON disclosure_event USING GIN (record_ids);
CREATE INDEX disclosure_event_time ON disclosure_event (occurred_at DESC, id DESC);
