-- Field verification (issue 17): the province's support team visits the commune, checks a sample of the declared
-- values and concludes. A found value that contradicts the declared one opens a flag on that indicator, which keeps
-- the council from voting until the commune corrects the value or the team withdraws the flag with a reason.
CREATE TABLE field_verification (
    id             UUID PRIMARY KEY,
    dossier_id     UUID        NOT NULL REFERENCES dossier (id),
    assessment_id  UUID        NOT NULL,
    date_from      DATE        NOT NULL,
    date_to        DATE        NOT NULL CHECK (date_to >= date_from),
    team           JSONB       NOT NULL,
    villages       JSONB       NOT NULL,
    conclusion     TEXT        NOT NULL,
    recorded_by    TEXT        NOT NULL,
    recorded_roles TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    version        INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX field_verification_dossier ON field_verification (dossier_id);

CREATE TABLE field_verification_item (
    id               BIGSERIAL PRIMARY KEY,
    verification_id  UUID    NOT NULL REFERENCES field_verification (id),
    seq              INTEGER NOT NULL,
    indicator_code   TEXT    NOT NULL,
    criterion_number INTEGER NOT NULL,
    village          TEXT,
    declared_value   TEXT    NOT NULL,
    found_value      TEXT    NOT NULL,
    contradicts      BOOLEAN NOT NULL,
    note             TEXT
);

CREATE TABLE field_flag (
    id                UUID PRIMARY KEY,
    verification_id   UUID        NOT NULL REFERENCES field_verification (id),
    dossier_id        UUID        NOT NULL REFERENCES dossier (id),
    assessment_id     UUID        NOT NULL,
    indicator_code    TEXT        NOT NULL,
    criterion_number  INTEGER     NOT NULL,
    declared_value    TEXT        NOT NULL,
    found_value       TEXT        NOT NULL,
    note              TEXT,
    state             TEXT        NOT NULL CHECK (state IN ('OPEN', 'CORRECTED', 'WITHDRAWN')),
    opened_at         TIMESTAMPTZ NOT NULL,
    opened_by         TEXT        NOT NULL,
    resolved_at       TIMESTAMPTZ,
    resolved_by       TEXT,
    resolution_reason TEXT,
    corrected_value   TEXT
);
CREATE INDEX field_flag_open ON field_flag (assessment_id, indicator_code) WHERE state = 'OPEN';
CREATE INDEX field_flag_dossier ON field_flag (dossier_id);
