-- Assessments: one commune-level unit (by id: GSO codes were reused after 1 July 2025), one criteria set version
-- (plus the provincial overlay in force when it was opened), one year.
CREATE TABLE assessment (
    id                     UUID PRIMARY KEY,
    unit_id                BIGINT      NOT NULL,
    commune_code           TEXT        NOT NULL,
    commune_name           TEXT        NOT NULL,
    province_code          TEXT        NOT NULL,
    criteria_set_id        BIGINT      NOT NULL REFERENCES criteria_set (id),
    overlay_set_id         BIGINT      REFERENCES criteria_set (id),
    year                   INTEGER     NOT NULL,
    threshold_scope        TEXT        NOT NULL,
    threshold_scope_reason TEXT,
    created_at             TIMESTAMPTZ NOT NULL,
    created_by             TEXT        NOT NULL,
    updated_at             TIMESTAMPTZ NOT NULL,
    version                INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX assessment_commune ON assessment (commune_code, year DESC, created_at DESC);
CREATE INDEX assessment_year ON assessment (year DESC, created_at DESC);
CREATE INDEX assessment_set ON assessment (criteria_set_id);
CREATE INDEX assessment_overlay ON assessment (overlay_set_id) WHERE overlay_set_id IS NOT NULL;

-- The value recorded for one indicator, with its evidence (document number, date, title, link).
CREATE TABLE assessment_value (
    assessment_id  UUID        NOT NULL REFERENCES assessment (id),
    indicator_code TEXT        NOT NULL,
    numeric_value  NUMERIC(18, 4),
    passed         BOOLEAN,
    choice         TEXT,
    evidence       JSONB       NOT NULL DEFAULT '[]',
    note           TEXT,
    recorded_by    TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (assessment_id, indicator_code),
    CONSTRAINT assessment_value_one_kind CHECK (num_nonnulls(numeric_value, passed, choice) = 1)
);
