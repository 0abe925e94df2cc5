-- Recognition registry (vn.ntm.communes.recognition). Nothing is deleted: a revocation ends a recognition.

-- Rank of a level, for "highest level held" and "at this level or above".
CREATE FUNCTION level_rank(level TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE level WHEN 'NTM' THEN 1 WHEN 'ADVANCED' THEN 2 WHEN 'MODEL' THEN 3 END $$;

-- One recognition decision for one unit at one level. In force on day D when decision_date <= D < revoked_on.
CREATE TABLE recognition (
    id                         UUID PRIMARY KEY,
    unit_id                    BIGINT      NOT NULL REFERENCES commune (id),
    level                      TEXT        NOT NULL CONSTRAINT recognition_level CHECK (level IN ('NTM', 'ADVANCED', 'MODEL')),
    criteria_set_code          TEXT        NOT NULL,
    recognition_year           INTEGER     NOT NULL CONSTRAINT recognition_year_range CHECK (recognition_year BETWEEN 2010 AND 2100),
    decision_number            TEXT        NOT NULL,
    decision_date              DATE        NOT NULL,
    signer                     TEXT        NOT NULL,
    -- Field of a model commune (PRODUCTION, EDUCATION, CULTURE, ...): data, not an enum. The province defines its fields
    -- (QĐ 319/QĐ-TTg condition 4); the criteria feature keeps them per province in its outstanding_field table.
    outstanding_field          TEXT CONSTRAINT recognition_field_format CHECK (outstanding_field ~ '^[A-Z][A-Z0-9_]*$'),
    dossier_id                 UUID,
    note                       TEXT,
    recorded_at                TIMESTAMPTZ NOT NULL,
    recorded_by                TEXT        NOT NULL,
    revoked_on                 DATE,
    revocation_decision_number TEXT,
    revocation_reason          TEXT,
    revocation_recorded_at     TIMESTAMPTZ,
    revocation_recorded_by     TEXT,
    version                    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT recognition_model_field CHECK ((level = 'MODEL') = (outstanding_field IS NOT NULL)),
    CONSTRAINT recognition_revocation_after CHECK (revoked_on IS NULL OR revoked_on >= decision_date),
    CONSTRAINT recognition_revocation_complete CHECK ((revoked_on IS NULL) = (revocation_decision_number IS NULL))
);
-- A unit holds a level under a criteria set once at a time; the same decision is not recorded twice.
CREATE UNIQUE INDEX recognition_one_in_force ON recognition (unit_id, level, criteria_set_code) WHERE revoked_on IS NULL;
CREATE UNIQUE INDEX recognition_decision ON recognition (unit_id, level, decision_number);
CREATE UNIQUE INDEX recognition_dossier ON recognition (dossier_id) WHERE dossier_id IS NOT NULL;
CREATE INDEX recognition_unit ON recognition (unit_id, decision_date);
CREATE INDEX recognition_year_level ON recognition (recognition_year, level);

-- Level a post-reform unit holds by the rule for merged communes (all predecessors at a level under the same criteria
-- set: the lowest of them; otherwise none and re-appraisal). Recomputed whenever a predecessor's recognitions change.
CREATE TABLE derived_level (
    unit_id              BIGINT PRIMARY KEY REFERENCES commune (id),
    level                TEXT CONSTRAINT derived_level_level CHECK (level IN ('NTM', 'ADVANCED', 'MODEL')),
    criteria_set_code    TEXT,
    reappraisal_required BOOLEAN     NOT NULL,
    computed_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
