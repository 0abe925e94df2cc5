-- Certification dossiers (hồ sơ xét công nhận, QĐ 18/2022/QĐ-TTg): one commune-level unit, one level, one year,
-- on one assessment, moving step by step to RECOGNISED or REJECTED.
CREATE TABLE dossier (
    id                        UUID PRIMARY KEY,
    unit_id                   BIGINT      NOT NULL,
    commune_code              TEXT        NOT NULL,
    commune_name              TEXT        NOT NULL,
    province_code             TEXT        NOT NULL,
    level                     TEXT        NOT NULL CHECK (level IN ('NTM', 'ADVANCED', 'MODEL')),
    year                      INTEGER     NOT NULL,
    assessment_id             UUID        NOT NULL REFERENCES assessment (id),
    state                     TEXT        NOT NULL,
    capital_construction_debt BOOLEAN,
    security_trouble_spot     BOOLEAN,
    outstanding_field         TEXT,
    decision_number           TEXT,
    decision_date             DATE,
    signer                    TEXT,
    recognition_id            UUID,
    created_at                TIMESTAMPTZ NOT NULL,
    created_by                TEXT        NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL,
    version                   INTEGER     NOT NULL DEFAULT 0
);
-- One live dossier per unit, level and year; a rejected one may be followed by a new one.
CREATE UNIQUE INDEX dossier_one_live ON dossier (unit_id, level, year) WHERE state <> 'REJECTED';
CREATE INDEX dossier_listing ON dossier (province_code, level, year, state, created_at DESC);

-- Each step taken: who acted (the authenticated actor), when, for which body, the documents, and the votes.
CREATE TABLE dossier_step (
    id            BIGSERIAL PRIMARY KEY,
    dossier_id    UUID        NOT NULL REFERENCES dossier (id),
    seq           INTEGER     NOT NULL,
    state         TEXT        NOT NULL,
    body          TEXT        NOT NULL CHECK (body IN ('COMMUNE', 'DISTRICT', 'PROVINCE')),
    step_date     DATE        NOT NULL,
    acted_by      TEXT        NOT NULL,
    acted_roles   TEXT,
    acted_at      TIMESTAMPTZ NOT NULL,
    votes_for     INTEGER CHECK (votes_for >= 0),
    votes_against INTEGER CHECK (votes_against >= 0),
    note          TEXT,
    documents     JSONB       NOT NULL DEFAULT '[]',
    checks        JSONB,
    CONSTRAINT dossier_step_seq UNIQUE (dossier_id, seq)
);
